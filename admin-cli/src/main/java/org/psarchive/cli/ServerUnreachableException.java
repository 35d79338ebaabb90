package org.psarchive.cli;

/** No answer from the server at all: wrong URL, server down, network in the way. */
final class ServerUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ServerUnreachableException(String url, Throwable cause) {
        super("cannot reach " + url + " (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
