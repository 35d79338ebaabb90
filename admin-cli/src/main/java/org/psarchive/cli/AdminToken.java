package org.psarchive.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The admin credential and where it came from: {@code --token}, else {@code PSARCHIVE_ADMIN_TOKEN},
 * else the file {@code $PSARCHIVE_DATA/admin.token} that the server writes at its first start. The
 * origin is kept so that a refusal can say which token the server rejected.
 *
 * @param value the token, or null when none was found
 * @param origin where it came from, or why none was found
 */
record AdminToken(String value, String origin) {

    static final String VARIABLE = "PSARCHIVE_ADMIN_TOKEN";
    static final String FILE_NAME = "admin.token";

    /** No credential at all, for the calls that need none ({@code status}). */
    static AdminToken none() {
        return new AdminToken(null, "none needed");
    }

    static AdminToken discover(String option, Function<String, String> environment) {
        if (present(option)) {
            return new AdminToken(option.strip(), "--token");
        }
        String variable = environment.apply(VARIABLE);
        if (present(variable)) {
            return new AdminToken(variable.strip(), VARIABLE);
        }
        Path file = file(environment);
        if (!Files.exists(file)) {
            return new AdminToken(null, file + " does not exist");
        }
        try {
            String content = Files.readString(file).strip();
            return present(content) ? new AdminToken(content, file.toString())
                    : new AdminToken(null, file + " is empty");
        } catch (IOException e) {
            return new AdminToken(null, "cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /** {@code $PSARCHIVE_DATA/admin.token}, with PSARCHIVE_DATA defaulting to {@code data} like the server's. */
    static Path file(Function<String, String> environment) {
        String data = environment.apply("PSARCHIVE_DATA");
        return Path.of(present(data) ? data.strip() : "data").resolve(FILE_NAME).toAbsolutePath().normalize();
    }

    boolean isPresent() {
        return value != null;
    }

    /** The hint for a 401 or 403: which token was tried and where an admin token comes from. */
    String hint(int status, Path file) {
        String sources = "pass an admin token with --token, " + VARIABLE + " or the file " + file;
        if (!isPresent()) {
            return "no admin token found (" + origin + "); " + sources;
        }
        return status == 403
                ? "the token from " + origin + " lacks the admin permission; " + sources
                : "the token from " + origin + " was refused; " + sources;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    @Override
    public String toString() {
        // never print the secret itself, e.g. in a stack trace with --verbose
        return "AdminToken[from " + origin + "]";
    }
}
