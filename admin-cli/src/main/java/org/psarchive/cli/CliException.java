package org.psarchive.cli;

/** A failure this tool understands well enough to tell the user what to try next. */
abstract class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    CliException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What to try next, or null to let {@link FailureHandler} pick one from the exit code. */
    String hint() {
        return hint;
    }
}
