package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.psarchive.it.AdminCliProcess.Run;

/**
 * {@code psarchive-admin target ...}: the real CLI jar as a separate process against the deployed platform,
 * live tests against a real snmpd on loopback, secrets given in files and on standard input and never
 * printed back, nor written to the server's log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TargetCliIT {

    /** Where Payara Micro logs (arquillian.xml: --logtofile), as java.util.logging names it: micro.log.0 ... */
    private static final Path MICRO_ROOT = Path.of("target/micro-root");
    private static Snmpd snmpd;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    private java.net.URL deploymentUrl;

    @TempDir
    Path dir;

    private String url;

    @BeforeAll
    static void startAgent() {
        assertTrue(Snmpd.installed(), "net-snmp's snmpd is missing: bin/test installs it (apt-get install snmpd snmp); these tests never skip");
        snmpd = Snmpd.start();
    }

    @AfterAll
    static void stopAgent() {
        if (snmpd != null) {
            snmpd.close();
        }
    }

    @BeforeEach
    void findThePlatform() {
        assertTrue(Files.isRegularFile(AdminCliProcess.JAR), AdminCliProcess.JAR + " is missing; build admin-cli first");
        url = new Http(deploymentUrl).base().toString();
    }

    @Test
    void managesAV3TargetThroughItsLifeWithPasswordsFromAFileAndStandardInput() throws IOException {
        String name = unique("v3");
        Path authFile = Files.writeString(dir.resolve("auth"), Snmpd.AUTH_PASSWORD + "\n");

        Run added = adminWithInput(Snmpd.PRIV_PASSWORD + "\n", "target", "add", name, "--host", "127.0.0.1", "--port",
                String.valueOf(snmpd.port()), "--user", Snmpd.USER, "--auth-protocol", "SHA", "--auth-password-file",
                authFile.toString(), "--priv-protocol", "AES", "--priv-password-file", "-", "--include", "lo",
                "--include", "eth*", "--exclude", "*.32767");
        added.assertExit(0);
        assertTrue(added.out().lines().anyMatch(line -> line.matches("security-level:\\s+authPriv")), added.out());
        assertTrue(added.out().lines().anyMatch(line -> line.matches("interval:\\s+30")), "30 s by default\n" + added.out());
        assertTrue(added.out().lines().anyMatch(line -> line.matches("include:\\s+lo, eth\\*")), added.out());

        Run tested = admin("target", "test", name);
        tested.assertExit(0);
        assertTrue(tested.out().lines().anyMatch(line -> line.matches("sysName:\\s+\\S.*")), tested.out());
        assertTrue(tested.out().lines().anyMatch(line -> line.matches("sysDescr:\\s+Linux.*")), tested.out());
        assertTrue(tested.out().lines().anyMatch(line -> line.matches("sysUpTime:\\s+\\d+d \\d\\d:\\d\\d:\\d\\d\\.\\d\\d")),
                tested.out());
        assertTrue(tested.out().lines().anyMatch(line -> line.matches("interfaces:\\s+[1-9]\\d*")), tested.out());
        assertTrue(tested.out().lines().anyMatch(line -> line.matches("64-bit counters:\\s+yes")), tested.out());

        Run updated = admin("target", "update", name, "--interval", "5", "--no-priv");
        updated.assertExit(0);
        assertTrue(updated.out().lines().anyMatch(line -> line.matches("interval:\\s+5")), updated.out());
        assertTrue(updated.out().lines().anyMatch(line -> line.matches("security-level:\\s+authNoPriv")), updated.out());
        admin("target", "update", name, "--interval", "4").assertExit(1);

        Run disabled = admin("target", "disable", name);
        disabled.assertExit(0);
        assertTrue(disabled.out().lines().anyMatch(line -> line.matches("enabled:\\s+false")), disabled.out());
        Run listed = admin("target", "list");
        listed.assertExit(0);
        assertTrue(listed.out().lines().anyMatch(line -> line.startsWith(name + " ") && line.contains(" disabled ")), listed.out());
        Run enabled = admin("target", "enable", name);
        assertTrue(enabled.out().lines().anyMatch(line -> line.matches("enabled:\\s+true")), enabled.out());

        Run removed = admin("target", "remove", name);
        removed.assertExit(0);
        assertEquals("Removed SNMP target " + name, removed.out().strip());
        Run gone = admin("target", "show", name);
        gone.assertExit(3);
        gone.assertOneErrorLine();
    }

    /**
     * The SNMP issue's "done when": the local router added with {@code target add} has its interfaces' rates
     * readable through esmond's device API and through the perfSONAR archive API, within two poll intervals
     * of its first poll (the reload, snmpd's counter cache of about 3 s and the second poll come first).
     */
    @Test
    void aRouterAddedWithTheCliIsReadableThroughTheDeviceApiAndTheArchiveApi() throws Exception {
        String name = unique("done");
        Http http = new Http(deploymentUrl);
        try (LoopbackTraffic traffic = new LoopbackTraffic()) {
            java.time.Instant added = java.time.Instant.now();
            adminWithInput(Snmpd.COMMUNITY + "\n", "target", "add", name, "--host", "127.0.0.1", "--port",
                    String.valueOf(snmpd.port()), "--community-file", "-", "--interval", "5", "--include", "lo").assertExit(0);

            JsonObject in = Await.until("lo's in rate through the device API", java.time.Duration.ofSeconds(60), () -> {
                traffic.send(1 << 20);
                java.net.http.HttpResponse<String> answer = http.get("esmond/v1/device/" + name + "/interface/lo/in");
                return answer.statusCode() != 200 || Http.object(answer).getJsonArray("data").isEmpty()
                        ? java.util.Optional.empty() : java.util.Optional.of(Http.object(answer));
            });
            System.out.println("TargetCliIT: target add -> first rate through /esmond/v1/device/: "
                    + java.time.Duration.between(added, java.time.Instant.now()).toMillis() + " ms (interval 5 s, reload 2 s)");
            JsonObject record = Http.structure(http.get("esmond/perfsonar/archive/?tool-name=psarchive/snmp&limit=10000"))
                    .asJsonArray().stream().map(jakarta.json.JsonValue::asJsonObject)
                    .filter(r -> name.equals(r.getString("snmp-target", null)) && "lo".equals(r.getString("ifName", null)))
                    .findFirst().orElseThrow(() -> new AssertionError("no archive record of " + name + "'s lo"));
            jakarta.json.JsonArray base = Http.structure(http.get("esmond/perfsonar/archive/" + record.getString("metadata-key")
                    + "/interface-octets-in/base?time-start=0")).asJsonArray();

            assertTrue(in.getJsonArray("data").getJsonObject(0).getJsonNumber("val").doubleValue() >= 0, in.toString());
            assertFalse(base.isEmpty(), "the same rates through the perfSONAR archive API");
        } finally {
            admin("target", "remove", name);
        }
    }

    @Test
    void testsAV2cTargetWhoseCommunityCameFromStandardInput() {
        String name = unique("v2c");
        adminWithInput(Snmpd.COMMUNITY + "\n", "target", "add", name, "--host", "127.0.0.1", "--port", String.valueOf(snmpd.port()),
                "--community-file", "-").assertExit(0);

        Run tested = admin("target", "test", name, "--format", "json");

        tested.assertExit(0);
        JsonObject agent = Json.createReader(new StringReader(tested.out())).readObject();
        assertTrue(agent.getBoolean("hc-counters"), tested.out());
    }

    @Test
    void aWrongCommunityIsOneLineAndExitOne() {
        String name = unique("wrong-community");
        admin("target", "add", name, "--host", "127.0.0.1", "--port", String.valueOf(snmpd.port()), "--community",
                "not-the-community").assertExit(0);

        Run tested = admin("target", "test", name);

        tested.assertExit(1);
        tested.assertOneErrorLine();
        assertTrue(tested.err().contains("no answer: the agent is down, the port is closed, or the community is wrong"),
                tested.err());
        assertFalse(tested.err().contains("Exception") || tested.err().contains("not-the-community"), tested.err());
        assertEquals("", tested.out());
    }

    @Test
    void aWrongAuthPasswordAndAnUnknownUserAreOneLineEach() {
        String wrongAuth = unique("wrong-auth");
        String unknownUser = unique("unknown-user");
        admin("target", "add", wrongAuth, "--host", "127.0.0.1", "--port", String.valueOf(snmpd.port()), "--user",
                Snmpd.USER, "--auth-protocol", "SHA", "--auth-password", "not-the-password").assertExit(0);
        admin("target", "add", unknownUser, "--host", "127.0.0.1", "--port", String.valueOf(snmpd.port()), "--user",
                "nobody", "--auth-protocol", "SHA", "--auth-password", "whatever-password").assertExit(0);

        Run wrong = admin("target", "test", wrongAuth);
        Run unknown = admin("target", "test", unknownUser);

        wrong.assertExit(1);
        wrong.assertOneErrorLine();
        assertTrue(wrong.err().contains("wrong authentication password"), wrong.err());
        unknown.assertExit(1);
        unknown.assertOneErrorLine();
        assertTrue(unknown.err().contains("does not know this SNMPv3 user"), unknown.err());
    }

    @Test
    void neitherListNorShowNorTheServerLogEverHoldASecret() throws IOException {
        String name = unique("secret");
        Path communityFile = Files.writeString(dir.resolve("community"), Snmpd.COMMUNITY);
        admin("target", "add", name, "--host", "127.0.0.1", "--port", String.valueOf(snmpd.port()), "--community-file",
                communityFile.toString()).assertExit(0);
        admin("target", "test", name).assertExit(0);
        String v3 = unique("secret-v3");
        admin("target", "add", v3, "--host", "::1", "--user", Snmpd.USER, "--auth-protocol", "SHA-512",
                "--auth-password", Snmpd.AUTH_PASSWORD, "--priv-protocol", "AES-256", "--priv-password",
                Snmpd.PRIV_PASSWORD).assertExit(0);

        List<Run> runs = List.of(admin("target", "list"), admin("target", "list", "--format", "json"),
                admin("target", "show", name), admin("target", "show", v3, "--format", "json"));

        for (Run run : runs) {
            run.assertExit(0);
            SnmpTargetIT.assertNoSecretIn(run.out());
        }
        assertTrue(runs.get(3).out().contains("\"has-priv-password\": true"), runs.get(3).out());
        Path serverLog;
        try (var files = Files.list(MICRO_ROOT)) {
            serverLog = files.filter(file -> file.getFileName().toString().startsWith("micro.log"))
                    .max(java.util.Comparator.comparing(file -> file.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no micro.log* in " + MICRO_ROOT + ": is --logtofile in arquillian.xml?"));
        }
        String log = Files.readString(serverLog, StandardCharsets.UTF_8);
        assertTrue(log.contains("Schema at version"), "the log of this server");
        SnmpTargetIT.assertNoSecretIn(log);
    }

    // ---------------------------------------------------------------------------------------------

    private Run admin(String... args) {
        return adminWithInput("", args);
    }

    /** Runs the CLI as the admin, {@code stdin} on its standard input. */
    private Run adminWithInput(String stdin, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", url, "--token", AdminClient.adminToken()));
        return AdminCliProcess.run(line, Map.of(), stdin);
    }

    private static String unique(String prefix) {
        return "cli-" + prefix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
