package org.psarchive.cli;

/** A 2xx answer this tool cannot read: not JSON, or not the shape the admin API promises. */
final class UnexpectedAnswerException extends CliException {

    private static final long serialVersionUID = 1L;

    UnexpectedAnswerException(String message, Throwable cause) {
        super(message, "is --url a psarchive platform of this version?", cause);
    }
}
