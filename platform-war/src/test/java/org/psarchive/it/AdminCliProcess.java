package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code psarchive-admin} jar run as a separate process, as an administrator runs it. The jar
 * comes from the admin-cli module's build ({@code mvn verify} builds it first).
 */
final class AdminCliProcess {

    static final Path JAR = Path.of("../admin-cli/target/psarchive-admin.jar").toAbsolutePath().normalize();
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);

    private AdminCliProcess() {
    }

    /**
     * Runs {@code java -jar psarchive-admin.jar args} with none of the PSARCHIVE_ variables of the test's
     * own environment (failsafe's point at the test database) but {@code environment}.
     */
    static Run run(List<String> args, Map<String, String> environment) {
        return run(args, environment, "");
    }

    /** {@link #run(List, Map)} with {@code stdin} written to the process's standard input (then closed). */
    static Run run(List<String> args, Map<String, String> environment, String stdin) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(args);
        try {
            Path out = Files.createTempFile("psarchive-admin-out", ".txt");
            Path err = Files.createTempFile("psarchive-admin-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().keySet().removeIf(name -> name.startsWith("PSARCHIVE_"));
                builder.environment().putAll(environment);
                Process process = builder.start();
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                if (!process.waitFor(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("psarchive-admin " + args + " did not end within " + RUN_LIMIT);
                }
                return new Run(args, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What one run printed, and how it ended. */
    record Run(List<String> args, int code, String out, String err) {

        void assertExit(int expected) {
            assertEquals(expected, code, () -> "exit code of psarchive-admin " + args + "\nstdout:\n" + out + "\nstderr:\n" + err);
        }

        void assertOneErrorLine() {
            assertEquals(1, err.lines().count(), () -> "one line on stderr of psarchive-admin " + args + ":\n" + err);
            assertTrue(err.startsWith("psarchive-admin: "), err);
        }
    }
}
