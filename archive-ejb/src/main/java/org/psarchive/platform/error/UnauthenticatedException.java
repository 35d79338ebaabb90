package org.psarchive.platform.error;

/** No valid credential came with a request that needs one. */
public class UnauthenticatedException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Unauthorized";
    }
}
