package org.psarchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A secret given on the command line ({@code --community C}) or, so that it appears neither in the process
 * list nor in the shell history, read from a file ({@code --community-file PATH}) or from standard input
 * ({@code PATH} is {@code -}). The file's first line is the secret (a trailing newline is not part of it).
 */
final class SecretOption {

    private SecretOption() {
    }

    /**
     * The secret, or null when neither option was given.
     *
     * @param stdinTaken whether another secret of this command line was read from standard input already
     */
    static String read(CommandSpec spec, String option, String value, String file, InputStream stdin, boolean[] stdinTaken) {
        if (value != null && file != null) {
            throw new ParameterException(spec.commandLine(), "give " + option + " or " + option + "-file, not both");
        }
        if (file == null) {
            return value;
        }
        String text;
        try {
            if (file.equals("-")) {
                if (stdinTaken[0]) {
                    throw new ParameterException(spec.commandLine(), "only one secret can be read from standard input");
                }
                stdinTaken[0] = true;
                text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + option + "-file " + file + ": " + e.getMessage());
        }
        int end = text.indexOf('\n');
        String secret = end < 0 ? text : text.substring(0, end);
        if (secret.endsWith("\r")) {
            secret = secret.substring(0, secret.length() - 1);
        }
        if (secret.isEmpty()) {
            throw new ParameterException(spec.commandLine(), option + "-file " + file + " is empty");
        }
        return secret;
    }
}
