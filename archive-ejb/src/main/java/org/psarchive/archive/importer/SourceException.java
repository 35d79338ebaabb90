package org.psarchive.archive.importer;

/** The source failed to answer a request; {@code retryable} for 5xx and timeouts (esmond's heavy reads). */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;
    private final String contentType;

    SourceException(String message, boolean retryable) {
        this(message, retryable, "");
    }

    SourceException(String message, boolean retryable, String contentType) {
        super(message);
        this.retryable = retryable;
        this.contentType = contentType;
    }

    /** The answer's content type, empty when there was no answer. */
    String contentType() {
        return contentType;
    }

    boolean retryable() {
        return retryable;
    }
}
