package org.psarchive.platform.error;

/** The request was malformed or broke a validation rule. */
public class InvalidInputException extends PsarchiveException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
