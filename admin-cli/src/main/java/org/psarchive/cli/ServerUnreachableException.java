package org.psarchive.cli;

import javax.net.ssl.SSLException;

/** No answer from the server at all: wrong URL, server down, network in the way, or TLS refused. */
final class ServerUnreachableException extends CliException {

    private static final long serialVersionUID = 1L;

    ServerUnreachableException(String url, Throwable cause) {
        super(message(url, cause), hint(cause), cause);
    }

    private static String message(String url, Throwable cause) {
        if (cause instanceof SSLException) {
            return "cannot reach " + url + " over TLS (" + cause.getMessage() + ")";
        }
        return "cannot reach " + url + " (" + cause.getClass().getSimpleName() + ")";
    }

    private static String hint(Throwable cause) {
        // a certificate problem is not cured by starting the server, so say what does cure it
        return cause instanceof SSLException
                ? "trust the server's certificate in the JVM, or pass --insecure for a test server"
                : "is the server running? set --url or PSARCHIVE_URL";
    }
}
