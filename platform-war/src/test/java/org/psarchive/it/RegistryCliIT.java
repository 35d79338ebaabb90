package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psarchive.it.AdminCliProcess.Run;

/**
 * {@code psarchive-admin registration}: the real jar, run as a separate process against the deployed
 * platform, as a site administrator registers a site and its perfSONAR nodes.
 */
class RegistryCliIT extends DeployedPlatformTest {

    private static final Path JAR = AdminCliProcess.JAR;

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

    /** The end-to-end case: registered nodes and a self-announced host found by one community query. */
    @Test
    void oneCommunityQueryFindsRegisteredNodesAndSelfRegisteredHosts() {
        String site = unique("SITE");
        String community = unique("VO");
        String bandwidth = unique("ps-bw").toLowerCase() + ".example.org";
        String latency = unique("ps-lat").toLowerCase() + ".example.org";
        admin("registration", "site", "add", site, "--country", "FR").assertExit(0);
        admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Bandwidth", "--host", bandwidth,
                "--ipv4", "192.0.2.30", "--community", community, "--community", "WLCG").assertExit(0);
        admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Latency", "--host", latency,
                "--community", community).assertExit(0);
        LookupClient lookup = new LookupClient(http);
        JsonObject selfHost = lookup.register("{\"type\":\"host\",\"host-name\":\"self." + community.toLowerCase()
                + ".example.org\",\"group-communities\":\"" + community + "\",\"client-uuid\":\"c-" + community + "\"}");
        lookup.register("{\"type\":\"service\",\"service-type\":\"pscheduler\",\"service-host\":\"" + selfHost.getString("uri")
                + "\",\"group-communities\":\"" + community + "\",\"client-uuid\":\"c-" + community + "\"}");

        List<JsonObject> services = lookup.query("type=service&group-communities=" + community).getValuesAs(JsonObject.class);
        JsonObject hosts = Http.object(http.get("lookup/communities/" + community + "/hosts"));

        assertEquals(3, services.size(), services.toString());
        assertEquals(Set.of("pscheduler", "owamp"), services.stream().map(svc -> svc.getJsonArray("service-type").getString(0))
                .collect(Collectors.toSet()));
        assertTrue(services.stream().anyMatch(svc -> svc.getJsonArray("service-locator").getString(0)
                .equals("https://" + bandwidth + "/pscheduler")), services.toString());
        Set<String> found = hosts.getJsonArray("hosts").getValuesAs(JsonObject.class).stream()
                .map(host -> host.getJsonArray("host-name").getString(0) + " " + host.getString("source")).collect(Collectors.toSet());
        assertEquals(Set.of(bandwidth + " registry", latency + " registry",
                "self." + community.toLowerCase() + ".example.org self-registered"), found);
    }

    @Test
    void keepsTheLookupRecordsOfRegisteredNodesInStepWithTheRegistry() {
        String site = unique("SITE");
        String community = unique("VO");
        String host = unique("ps").toLowerCase() + ".example.org";
        String renamed = unique("ps").toLowerCase() + ".example.org";
        admin("registration", "site", "add", site, "--country", "IT").assertExit(0);
        Run added = admin("registration", "add", "--site", site, "--type", "net.perfSONAR.Latency", "--host", host,
                "--ipv6", "2001:db8::31", "--community", community, "--format", "json");
        added.assertExit(0);
        String id = String.valueOf(Json.createReader(new StringReader(added.out())).readObject().getJsonNumber("id").longValue());
        LookupClient lookup = new LookupClient(http);
        JsonObject hostRecord = lookup.query("type=host&host-name=" + host).getJsonObject(0);
        String hostUri = hostRecord.getString("uri");

        assertEquals(List.of(host, "2001:db8::31"), hostRecord.getJsonArray("host-name").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(site, hostRecord.getJsonArray("location-sitename").getString(0));
        assertEquals(403, admin.send("DELETE", hostUri, null).statusCode(), "the registry's records change only through it");
        assertEquals(403, lookup.send("POST", hostUri, null).statusCode());

        admin("registration", "update", id, "--host", renamed, "--community", community + "-B").assertExit(0);
        assertEquals(0, lookup.query("host-name=" + host).size(), "the old host name is gone");
        assertEquals(0, lookup.query("group-communities=" + community).size(), "and so is the old community");
        JsonObject service = lookup.query("type=service&group-communities=" + community + "-B").getJsonObject(0);
        JsonObject renamedHost = lookup.query("type=host&host-name=" + renamed).getJsonObject(0);
        assertEquals(renamedHost.getString("uri"), service.getJsonArray("service-host").getString(0));

        admin("registration", "site", "update", site, "--country", "SM").assertExit(0);
        assertEquals("SM", lookup.query("type=host&host-name=" + renamed).getJsonObject(0).getJsonArray("location-country").getString(0));

        admin("registration", "remove", id).assertExit(0);
        assertEquals(0, lookup.query("host-name=" + renamed).size());
        assertEquals(0, lookup.query("group-communities=" + community + "-B").size());
    }

    /** Runs the CLI as the admin: {@code --url} appended, the admin token in its environment. */
    private Run admin(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", http.base().toString()));
        return AdminCliProcess.run(line, java.util.Map.of("PSARCHIVE_ADMIN_TOKEN", admin.token()));
    }

    private static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36).toUpperCase();
    }
}
