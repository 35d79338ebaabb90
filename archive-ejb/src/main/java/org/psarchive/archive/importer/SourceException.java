package org.psarchive.archive.importer;

/** The source failed to answer a request; {@code retryable} for 5xx and timeouts (esmond's heavy reads). */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    SourceException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
