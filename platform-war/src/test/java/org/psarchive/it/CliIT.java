package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.psarchive.it.AdminCliProcess.Run;

/**
 * The real {@code psarchive-admin} jar, run as a separate process against the platform deployed on
 * Payara Micro, as an administrator would run it. Every test makes its own accounts and addresses
 * (random suffixes), so tests neither depend on each other nor on their order. The jar comes from
 * the admin-cli module, which must be built before these tests run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CliIT {

    private static final Path JAR = AdminCliProcess.JAR;
    private static final Pattern KEY_LINE = Pattern.compile("^Key: ([0-9a-f]{40}) for (.+)$", Pattern.MULTILINE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    private URL deploymentUrl;

    private String url;
    private String adminToken;

    @BeforeEach
    void findPlatformAndAdminToken() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing; build admin-cli first (mvn -pl admin-cli package)");
        }
        url = new Http(deploymentUrl).base().toString();
        adminToken = readAdminToken();
    }

    @Test
    void addsAnAccountAndShowsItsKeyOnlyOnce() {
        String name = unique("host");

        Run added = admin("account", "add", name, "--metadata-post");

        added.assertExit(0);
        assertEquals(name, keyLine(added).group(2));
        assertTrue(added.out().contains("metadata-post"), added.out());
        Run shown = admin("account", "show", name);
        shown.assertExit(0);
        assertFalse(shown.out().contains("Key:"), "the key is shown only when it is made\n" + shown.out());
        assertTrue(shown.out().lines().anyMatch(line -> line.matches("has-key:\\s+true")), shown.out());
    }

    @Test
    void refusesToAddAnExistingAccountWithExitThree() {
        String name = unique("twice");
        admin("account", "add", name).assertExit(0);

        Run again = admin("account", "add", name);

        again.assertExit(3);
        again.assertOneErrorLine();
        assertEquals("", again.out());
    }

    /** The ITs run on MariaDB: backup says in one line to use MariaDB's own tools (RunScriptIT backs H2 up). */
    @Test
    void backupOnMariaDbNamesMariaDbsToolsInOneLine() {
        Run refused = admin("backup");

        refused.assertExit(3);
        refused.assertOneErrorLine();
        assertTrue(refused.err().contains("mariadb-dump --single-transaction"), refused.err());
    }

    @Test
    void showOfAMissingAccountExitsThreeWithOneLine() {
        Run missing = admin("account", "show", unique("missing"));

        missing.assertExit(3);
        missing.assertOneErrorLine();
        assertTrue(missing.err().contains("hint:"), missing.err());
    }

    @Test
    void listsAccountsAsParseableJson() {
        String name = unique("json");
        admin("account", "add", name, "--timeseries-post").assertExit(0);

        Run listed = admin("account", "list", "--format", "json");

        listed.assertExit(0);
        JsonArray accounts = Json.createReader(new StringReader(listed.out())).readArray();
        JsonObject account = accounts.getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing in " + listed.out()));
        assertEquals(List.of("timeseries-post"), strings(account.getJsonArray("permissions")));
        assertTrue(account.getBoolean("has-key"));
        assertFalse(account.containsKey("key"), "a list never carries keys");
    }

    @Test
    void addsListsAndRemovesIpRangesIncludingIpv6() {
        String name = unique("ranges");
        admin("account", "add", name, "--no-key").assertExit(0);
        String v4 = randomIpv4();
        String v6 = randomIpv6();

        Run added = admin("ip", "add", name, v4, v6);
        added.assertExit(0);
        assertTrue(added.out().contains("Added " + v4 + " to " + name), added.out());
        assertTrue(added.out().contains("Added " + v6 + " to " + name), added.out());

        Run listed = admin("ip", "list", "--account", name, "--format", "json");
        listed.assertExit(0);
        List<JsonObject> ranges = Json.createReader(new StringReader(listed.out())).readArray().getValuesAs(JsonObject.class);
        assertEquals(Set.of(v4, v6), ranges.stream().map(range -> range.getString("cidr")).collect(Collectors.toSet()));
        assertTrue(ranges.stream().allMatch(range -> range.getString("account").equals(name)), listed.out());
        Run table = admin("ip", "list", "--account", name);
        assertTrue(table.out().lines().anyMatch(line -> line.startsWith(name) && line.endsWith(v6)), table.out());

        Run again = admin("ip", "add", name, v6);
        again.assertExit(0);
        assertTrue(again.out().contains("Unchanged " + v6), again.out());

        Run removed = admin("ip", "remove", name, v4, v6);
        removed.assertExit(0);
        assertTrue(removed.out().contains("Removed " + v4 + " from " + name), removed.out());
        assertTrue(removed.out().contains("Removed " + v6 + " from " + name), removed.out());
        assertEquals("No IP ranges.", admin("ip", "list", "--account", name).out().strip());
    }

    @Test
    void refusesARangeOfAnotherAccountWithExitThree() {
        String owner = unique("owner");
        String other = unique("other");
        String cidr = randomIpv6();
        admin("account", "add", owner, "--no-key").assertExit(0);
        admin("account", "add", other, "--no-key").assertExit(0);
        admin("ip", "add", owner, cidr).assertExit(0);

        Run taken = admin("ip", "add", other, randomIpv4(), cidr);

        taken.assertExit(3);
        taken.assertOneErrorLine();
        assertEquals("No IP ranges.", admin("ip", "list", "--account", other).out().strip(), "nothing added");
    }

    @Test
    void managesAKeyThroughItsLifeAndTheAccountToItsEnd() {
        String name = unique("life");
        String first = keyLine(admin("account", "add", name, "--admin")).group(1);
        AdminCliProcess.run(List.of("account", "show", name, "--url", url, "--token", first), Map.of()).assertExit(0);

        Run rotated = admin("account", "rotate-key", name);
        rotated.assertExit(0);
        String second = keyLine(rotated).group(1);
        assertNotEquals(first, second);
        AdminCliProcess.run(List.of("account", "show", name, "--url", url, "--token", first), Map.of()).assertExit(1);
        AdminCliProcess.run(List.of("account", "show", name, "--url", url, "--token", second), Map.of()).assertExit(0);

        Run revoked = admin("account", "revoke-key", name, "--format", "json");
        revoked.assertExit(0);
        assertFalse(Json.createReader(new StringReader(revoked.out())).readObject().getBoolean("has-key"));
        AdminCliProcess.run(List.of("account", "show", name, "--url", url, "--token", second), Map.of()).assertExit(1);

        Run permitted = admin("account", "set-permissions", name, "--metadata-post", "--timeseries-post");
        permitted.assertExit(0);
        assertTrue(permitted.out().contains("metadata-post, timeseries-post"), permitted.out());
        assertTrue(admin("account", "disable", name).out().lines().anyMatch(line -> line.matches("enabled:\\s+false")));
        assertTrue(admin("account", "enable", name).out().lines().anyMatch(line -> line.matches("enabled:\\s+true")));

        Run deleted = admin("account", "delete", name);
        deleted.assertExit(0);
        assertEquals("Deleted account " + name, deleted.out().strip());
        admin("account", "show", name).assertExit(3);
    }

    @Test
    void addApiKeyUserShowsTheKeyOnlyTheFirstTime() {
        String name = unique("esmond");

        Run first = admin("add_api_key_user", name);
        first.assertExit(0);
        assertTrue(first.out().contains("User " + name + " does not exist - creating"), first.out());
        assertEquals(name, keyLine(first).group(2));

        Run second = admin("add_api_key_user", name);
        second.assertExit(0);
        assertTrue(second.out().contains("User " + name + " exists"), second.out());
        assertFalse(KEY_LINE.matcher(second.out()).find(), second.out());
        assertTrue(second.out().contains("cannot be shown again"), second.out());
        assertTrue(second.out().contains("psarchive-admin account rotate-key " + name), second.out());
    }

    @Test
    void addPostUsersGrantTheirPermissions() {
        String name = unique("poster");

        keyLine(admin("add_ps_metadata_post_user", name));
        admin("add_timeseries_post_user", name).assertExit(0);

        Run shown = admin("account", "show", name, "--format", "json");
        assertEquals(List.of("metadata-post", "timeseries-post"),
                strings(Json.createReader(new StringReader(shown.out())).readObject().getJsonArray("permissions")));
    }

    @Test
    void managesIpAddressesWithTheEsmondCommands() {
        String name = unique("esmond-ip");
        String v4 = randomIpv4();
        String v6 = randomIpv6();

        Run added = admin("add_user_ip_address", name, v4, v6);
        added.assertExit(0);
        assertTrue(added.out().contains("User " + name + " does not exist - creating"), added.out());
        assertTrue(added.out().contains("Creating entry for IP " + v4 + " belonging to " + name), added.out());
        assertTrue(added.out().contains("Creating entry for IP " + v6 + " belonging to " + name), added.out());

        Run again = admin("add_user_ip_address", name, v4);
        again.assertExit(0);
        assertTrue(again.out().contains("IP " + v4 + " already assigned to " + name + ", skipping creation"), again.out());

        Run listed = admin("list_user_ip_address", "--username", name);
        listed.assertExit(0);
        assertEquals(Set.of(name + " " + v4, name + " " + v6), Set.copyOf(listed.out().lines().toList()));
        assertTrue(admin("list_user_ip_address").out().lines().anyMatch((name + " " + v6)::equals));

        Run deleted = admin("delete_user_ip_address", name, v4, v6);
        deleted.assertExit(0);
        assertTrue(deleted.out().contains("Deleted IP " + v4 + " for user " + name), deleted.out());
        assertTrue(deleted.out().contains("Deleted IP " + v6 + " for user " + name), deleted.out());
        Run empty = admin("list_user_ip_address", "--username", name);
        empty.assertExit(0);
        assertTrue(empty.out().startsWith("No IP addresses found"), empty.out());
    }

    @Test
    void refusesABadTokenWithExitOneAndAHint() {
        Run refused = AdminCliProcess.run(List.of("account", "list", "--url", url, "--token", "0".repeat(40)), Map.of());

        refused.assertExit(1);
        refused.assertOneErrorLine();
        assertTrue(refused.err().contains("hint:") && refused.err().contains("--token")
                && refused.err().contains("PSARCHIVE_ADMIN_TOKEN") && refused.err().contains("admin.token"), refused.err());
        assertEquals("", refused.out());
    }

    @Test
    void refusesATokenWithoutTheAdminPermission() {
        String key = keyLine(admin("account", "add", unique("poster"), "--metadata-post")).group(1);

        Run refused = AdminCliProcess.run(List.of("account", "list", "--url", url, "--token", key), Map.of());

        refused.assertExit(1);
        refused.assertOneErrorLine();
        assertTrue(refused.err().contains("--token"), refused.err());
    }

    @Test
    void findsTheAdminTokenInTheDataDirectoryWithoutAnOption() {
        Run listed = AdminCliProcess.run(List.of("account", "list", "--url", url), Map.of("PSARCHIVE_DATA", dataDirectory().toString()));

        listed.assertExit(0);
    }

    @Test
    void auditListShowsTheActionsJustMade() {
        String name = unique("audited");
        admin("account", "add", name, "--no-key").assertExit(0);
        admin("ip", "add", name, randomIpv4()).assertExit(0);
        admin("account", "disable", name).assertExit(0);

        Run text = admin("audit", "list", "--limit", "200");
        text.assertExit(0);
        List<String> lines = text.out().lines().filter(line -> List.of(line.split("\\s+")).contains(name)).toList();
        for (String action : List.of("account.create", "ip.add", "account.disable")) {
            assertTrue(lines.stream().anyMatch(line -> line.contains(action)), action + " of " + name + " in\n" + text.out());
        }

        Run json = admin("audit", "list", "--limit", "200", "--format", "json");
        json.assertExit(0);
        List<String> actions = Json.createReader(new StringReader(json.out())).readArray().getValuesAs(JsonObject.class)
                .stream().filter(entry -> entry.getString("target").equals(name))
                .map(entry -> entry.getString("action")).toList();
        assertEquals(List.of("account.disable", "ip.add", "account.create"), actions, "newest first");
    }

    @Test
    void reportsThePlatformStatusWithoutAToken() {
        Run status = AdminCliProcess.run(List.of("status", "--url", url, "--format", "json"), Map.of());

        status.assertExit(0);
        assertEquals("psarchive", Json.createReader(new StringReader(status.out())).readObject().getString("name"));
    }

    // ---------------------------------------------------------------------------------------------

    /** Runs the CLI as the admin: {@code --url} and {@code --token} appended to the arguments. */
    private Run admin(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", url, "--token", adminToken));
        return AdminCliProcess.run(line, Map.of());
    }

    /** The {@code Key: <40 hex> for NAME} line of a successful run. */
    private static Matcher keyLine(Run run) {
        run.assertExit(0);
        Matcher matcher = KEY_LINE.matcher(run.out());
        assertTrue(matcher.find(), () -> "a Key line in the output of " + run.args() + ":\n" + run.out());
        return matcher;
    }

    /** The server writes its admin token at start-up; wait for it rather than assume the timing. */
    private static String readAdminToken() throws IOException, InterruptedException {
        Path file = dataDirectory().resolve("admin.token");
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isRegularFile(file)) {
                String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (!token.isEmpty()) {
                    return token;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no admin token in " + file + " within 60 s of deployment");
    }

    /** PSARCHIVE_DATA of the deployed server: failsafe gives it to Payara Micro and to this JVM alike. */
    private static Path dataDirectory() {
        String data = System.getenv("PSARCHIVE_DATA");
        return Path.of(data == null || data.isBlank() ? "target/it-data" : data).toAbsolutePath();
    }

    private static String unique(String prefix) {
        return "cli-it-" + prefix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** A random host in 198.18.0.0/15 (set aside for benchmarks), so runs and tests never collide. */
    private static String randomIpv4() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255) + "/32";
    }

    /** A random /64 in the documentation prefix, written canonically (no leading zeros, lower case). */
    private static String randomIpv6() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x1000, 0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x1000, 0x10000)) + "::/64";
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
