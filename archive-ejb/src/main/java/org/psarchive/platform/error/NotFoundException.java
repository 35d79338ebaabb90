package org.psarchive.platform.error;

/** The thing asked for does not exist. */
public class NotFoundException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
