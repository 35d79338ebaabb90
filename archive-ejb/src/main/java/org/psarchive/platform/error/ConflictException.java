package org.psarchive.platform.error;

/** The request conflicts with what is stored already. */
public class ConflictException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
