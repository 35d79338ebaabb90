package org.psarchive.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** One line per failure, with a hint; the stack trace only with {@code --verbose}. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        int code = ExitCode.of(failure);
        String hint = switch (code) {
            case ExitCode.UNREACHABLE -> " (hint: is the server running? set --url or PSARCHIVE_URL)";
            case ExitCode.NOT_FOUND_OR_CONFLICT -> " (hint: check the name with a list command)";
            default -> "";
        };
        command.getErr().println("psarchive-admin: " + failure.getMessage() + hint);
        if (verbose) {
            failure.printStackTrace(command.getErr());
        }
        return code;
    }
}
