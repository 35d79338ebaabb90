package org.psarchive.cli;

/** The server answered with an error; the message is its RFC 9457 {@code detail}. */
final class ApiException extends CliException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String detail) {
        this(status, detail, null);
    }

    ApiException(int status, String detail, String hint) {
        super(detail, hint, null);
        this.status = status;
    }

    int status() {
        return status;
    }
}
