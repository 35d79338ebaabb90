package org.psarchive.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A failure whose meaning the client should hear: each subclass names one meaning and the HTTP
 * status it maps to. The one exception mapper of the web module turns it into an RFC 9457 problem.
 *
 * <p>Marked as an application exception so EJB containers hand it to the caller unwrapped and roll
 * back the transaction: a request is applied whole or not at all.
 */
@ApplicationException(rollback = true)
public abstract class PsarchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected PsarchiveException(String detail) {
        super(detail);
    }

    protected PsarchiveException(String detail, Throwable cause) {
        super(detail, cause);
    }

    /** The HTTP status of this kind of failure. */
    public abstract int status();

    /** A short, human-readable summary of this kind of failure (the problem's {@code title}). */
    public abstract String title();

    /** What went wrong in this case, written for the client (the problem's {@code detail}). */
    public String detail() {
        return getMessage();
    }
}
