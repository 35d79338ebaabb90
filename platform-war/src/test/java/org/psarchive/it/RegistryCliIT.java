package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code psarchive-admin registration}: the real jar, run as a separate process against the deployed
 * platform, as a site administrator registers a site and its perfSONAR nodes.
 */
class RegistryCliIT extends DeployedPlatformTest {

    private static final Path JAR = Path.of("../admin-cli/target/psarchive-admin.jar").toAbsolutePath().normalize();

    @BeforeEach
    void needsTheJar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; build admin-cli first (mvn -pl admin-cli package)");
        }
    }

    @Test
    void registersASiteAndItsTwoPerfSonarNodesAndListsThem() {
        String site = unique("SITE");
        String bandwidth = unique("ps-bw").toLowerCase() + ".example.org";
        String latency = unique("ps-lat").toLowerCase() + ".example.org";

        Run siteAdded = admin("registration", "site", "add", site, "--country", "ch", "--description", "Tier-2 site");
        siteAdded.assertExit(0);
        assertTrue(siteAdded.out().lines().anyMatch(line -> line.matches("country-code:\\s+CH")), siteAdded.out());

        admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Bandwidth", "--host", bandwidth,
                "--ipv4", "192.0.2.20", "--ipv6", "2001:DB8::20", "--community", "WLCG", "--community", "ATLAS").assertExit(0);
        Run latencyAdded = admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Latency", "--host", latency,
                "--description", "latency node", "--format", "json");
        latencyAdded.assertExit(0);
        JsonObject added = Json.createReader(new StringReader(latencyAdded.out())).readObject();
        assertEquals(latency, added.getString("host-name"));
        long latencyId = added.getJsonNumber("id").longValue();

        Run listed = admin("registration", "list", "--site", site);
        listed.assertExit(0);
        assertTrue(listed.out().lines().anyMatch(line -> line.contains(bandwidth) && line.contains("net.perfSONAR.Bandwidth")
                && line.contains("2001:db8::20") && line.contains("N/Y/Y") && line.contains("ATLAS, WLCG")), listed.out());
        assertTrue(listed.out().lines().anyMatch(line -> line.contains(latency) && line.contains("net.perfSONAR.Latency")),
                listed.out());

        Run json = admin("registration", "list", "--site", site, "--community", "WLCG", "--format", "json");
        json.assertExit(0);
        JsonObject page = Json.createReader(new StringReader(json.out())).readObject();
        assertEquals(1, page.getInt("total"));
        assertEquals(Set.of(bandwidth), page.getJsonArray("endpoints").getValuesAs(JsonObject.class).stream()
                .map(endpoint -> endpoint.getString("host-name")).collect(Collectors.toSet()));

        Run updated = admin("registration", "update", String.valueOf(latencyId), "--no-monitored", "--community", "CMS");
        updated.assertExit(0);
        assertTrue(updated.out().lines().anyMatch(line -> line.matches("monitored:\\s+false")), updated.out());
        assertTrue(updated.out().lines().anyMatch(line -> line.matches("description:\\s+latency node")), "kept: " + updated.out());

        Run report = admin("registration", "dual-stack", "--site", site);
        report.assertExit(0);
        assertTrue(report.out().contains("endpoints: 2"), report.out());

        admin("registration", "site", "remove", site).assertExit(3);
        admin("registration", "remove", String.valueOf(latencyId)).assertExit(0);
        admin("registration", "show", String.valueOf(latencyId)).assertExit(3);
        Run removed = admin("registration", "site", "remove", site, "--cascade");
        removed.assertExit(0);
        assertEquals("Removed site " + site, removed.out().strip());
    }

    @Test
    void refusesABadHostNameWithOneLineAndExitOne() {
        String site = unique("SITE");
        admin("registration", "site", "add", site, "--country", "DE").assertExit(0);

        Run refused = admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Bandwidth", "--host", "ps..example.org");

        refused.assertExit(1);
        refused.assertOneErrorLine();
        assertTrue(refused.err().contains("host-name"), refused.err());
        assertEquals("", refused.out());
        Run empty = admin("registration", "list", "--site", site);
        assertEquals("No service endpoints.", empty.out().strip());
    }

    @Test
    void refusesADuplicateEndpointWithExitThree() {
        String site = unique("SITE");
        String host = unique("ps").toLowerCase() + ".example.org";
        admin("registration", "site", "add", site, "--country", "US").assertExit(0);
        admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Latency", "--host", host).assertExit(0);

        Run again = admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Latency", "--host", host);

        again.assertExit(3);
        again.assertOneErrorLine();
    }

    private Run admin(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", http.base().toString()));
        try {
            Path out = Files.createTempFile("registry-cli-out", ".txt");
            Path err = Files.createTempFile("registry-cli-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().keySet().removeIf(name -> name.startsWith("PSARCHIVE_"));
                builder.environment().put("PSARCHIVE_ADMIN_TOKEN", admin.token());
                Process process = builder.start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("psarchive-admin " + List.of(args) + " did not end within 60 s");
                }
                return new Run(List.of(args), process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
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

    private record Run(List<String> args, int code, String out, String err) {

        void assertExit(int expected) {
            assertEquals(expected, code, () -> "exit code of psarchive-admin " + args + "\nstdout:\n" + out + "\nstderr:\n" + err);
        }

        void assertOneErrorLine() {
            assertEquals(1, err.lines().count(), () -> "one line on stderr of psarchive-admin " + args + ":\n" + err);
            assertTrue(err.startsWith("psarchive-admin: "), err);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36).toUpperCase();
    }
}
