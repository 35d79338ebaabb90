package org.psarchive.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every failure as one line, {@code psarchive-admin: <what went wrong> (hint: <what to try>)}: usage
 * errors and failures of the command alike. The stack trace only with {@code --verbose}.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        int code = ExitCode.of(failure);
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        String hint = failure instanceof CliException known && known.hint() != null ? known.hint() : hint(code);
        print(command.getErr(), message, hint);
        if (verbose(parsed)) {
            failure.printStackTrace(command.getErr());
        }
        return code;
    }

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        String hint = "see '" + command.getCommandSpec().qualifiedName() + " --help'";
        if (failure instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                hint = "did you mean " + String.join(" or ", suggestions) + "? " + hint;
            }
        }
        print(command.getErr(), failure.getMessage(), hint);
        return ExitCode.USAGE;
    }

    private static void print(PrintWriter err, String message, String hint) {
        // picocli's and servers' messages may span lines; a failure here is always one line
        String line = "psarchive-admin: " + message.replaceAll("\\s*\\R\\s*", " ").strip();
        err.println(hint == null ? line : line + " (hint: " + hint + ")");
    }

    private static String hint(int code) {
        return switch (code) {
            case ExitCode.UNREACHABLE -> "is the server running? set --url or PSARCHIVE_URL";
            case ExitCode.NOT_FOUND_OR_CONFLICT -> "check the name with a list command";
            default -> null;
        };
    }

    /** {@code --verbose} anywhere on the line: on the command, its noun, or the root. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.hasSubcommand() ? level.subcommand() : null) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
