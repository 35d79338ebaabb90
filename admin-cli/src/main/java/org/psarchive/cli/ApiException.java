package org.psarchive.cli;

/** The server answered with an error; {@code detail} is its RFC 9457 explanation. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    int status() {
        return status;
    }
}
