package org.psarchive.snmp.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a function of bin/lib/snmp.sh, the fixtures' one implementation that bin/bench uses too (network
 * namespaces, snmpd fleets). A function that fails, or a script that cannot run, fails the test: the
 * scale tests never skip (bin/test runs as root and installs iproute2 and snmpd).
 */
final class FixtureScript {

    private static final Path SCRIPT = locate();

    private FixtureScript() {
    }

    /** Runs {@code function args...} with the script sourced; returns its output, or throws with it. */
    static String run(String function, Object... args) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "source \"$0\" && \"$@\"", SCRIPT.toString(),
                function));
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes(); // ends when the script and its children close it
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(function + " did not end within 180 s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(function + " failed (exit " + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** bin/lib/snmp.sh, found from the module's directory (failsafe's working directory) upwards. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve("bin/lib/snmp.sh");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new IllegalStateException("bin/lib/snmp.sh not found above " + Path.of("").toAbsolutePath());
    }
}
