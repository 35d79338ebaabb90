package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collector end to end: a real snmpd on loopback added as a target through the admin API, traffic on
 * {@code lo}, and lo's rates read back through the esmond archive API; then the target disabled and its
 * polling stopped. The server reloads targets every 2 s here ({@code PSARCHIVE_SNMP_RELOAD}, pom.xml).
 */
class SnmpPollIT extends DeployedPlatformTest {

    private static final String TARGETS = "api/admin/snmp/targets";
    private static final String ARCHIVE = "esmond/perfsonar/archive/";
    private static final int INTERVAL = 5;
    private static Snmpd snmpd;

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

    @Test
    void loopbackRatesReachTheArchiveAndStopWhenTheTargetIsDisabled() throws Exception {
        String name = "it-poll-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Instant added = Instant.now();
        HttpResponse<String> created = admin.send("POST", TARGETS, "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":"
                + snmpd.port() + ",\"community\":\"" + Snmpd.COMMUNITY + "\",\"interval\":" + INTERVAL
                + ",\"include\":[\"lo\"]}");
        assertEquals(201, created.statusCode(), created.body());

        try (LoopbackTraffic traffic = new LoopbackTraffic()) {
            // snmpd refreshes its counters about every 3 s: two rates need three polls at worst, plus the reload
            JsonObject record = Await.until("lo's record", Duration.ofSeconds(60), () -> {
                traffic.send(1 << 20);
                return record(name);
            });
            assertEquals("127.0.0.1", record.getString("source"));
            assertEquals("127.0.0.1", record.getString("measurement-agent"));
            assertEquals("127.0.0.1", record.getString("input-source"));
            assertEquals("psarchive/snmp", record.getString("tool-name"));
            assertEquals("lo", record.getString("ifName"));
            String key = record.getString("metadata-key");

            JsonObject positive = Await.until("a positive in-octets rate of lo", Duration.ofSeconds(60), () -> {
                traffic.send(1 << 20);
                return data(key, "interface-octets-in/base").stream().map(JsonValue::asJsonObject)
                        .filter(point -> point.getJsonNumber("val").doubleValue() > 0).findFirst();
            });
            Duration firstPoint = Duration.between(added, Instant.now());
            System.out.println("SnmpPollIT: target added -> first positive lo in-octets point read back: "
                    + firstPoint.toMillis() + " ms (interval " + INTERVAL + " s)");
            assertTrue(positive.getJsonNumber("ts").longValue() >= added.getEpochSecond() - 1);
            for (String eventType : new String[] {"interface-octets-in", "interface-octets-out"}) {
                for (JsonValue point : data(key, eventType + "/base")) {
                    assertTrue(point.asJsonObject().getJsonNumber("val").doubleValue() >= 0, "never negative: " + point);
                }
            }
            assertFalse(data(key, "interface-octets-in/averages/3600").isEmpty(), "the hourly average is kept");
            assertFalse(data(key, "interface-octets-out/averages/86400").isEmpty(), "the daily average is kept");
            assertFalse(data(key, "interface-octets-in/maximums/3600").isEmpty(), "the hourly maximum is kept");
            assertFalse(data(key, "interface-octets-out/minimums/86400").isEmpty(), "the daily minimum is kept");

            JsonObject status = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
            assertEquals("on", status.getString("collector"));
            assertTrue(status.getBoolean("polled"), status.toString());
            assertEquals(1, status.getInt("interfaces"), "include [lo] keeps lo only: " + status);
            assertFalse(status.getBoolean("failing"), status.toString());
            assertTrue(status.getJsonObject("polls").getInt("succeeded") >= 2, status.toString());
            assertEquals(status.getString("this-node"), status.getString("node"), "this node holds the lease: " + status);

            JsonObject listed = Http.structure(admin.send("GET", TARGETS, null)).asJsonArray().stream()
                    .map(JsonValue::asJsonObject).filter(target -> name.equals(target.getString("name"))).findFirst()
                    .orElseThrow();
            JsonObject listedStatus = listed.getJsonObject("status");
            assertTrue(listedStatus.getBoolean("polled"), listed.toString());
            assertEquals(1, listedStatus.getInt("interfaces"), listed.toString());
            assertTrue(listedStatus.getString("last-success", null) != null, listed.toString());
            assertTrue(listedStatus.getJsonNumber("last-poll-ms").longValue() >= 0, listed.toString());
            assertEquals(listedStatus.getString("this-node"), listedStatus.getString("node"), listed.toString());
            assertTrue(Instant.parse(listedStatus.getString("lease-expires")).isAfter(Instant.now()), listed.toString());

            // the runtime's /metrics (anonymous, Prometheus text) carries the collector's series of this target
            HttpResponse<String> metrics = http.get("metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), metrics.headers().toString());
            assertTrue(metric(metrics.body(), "psarchive_snmp_polls_total", name) >= 2, metrics.body());
            assertTrue(metric(metrics.body(), "psarchive_snmp_points_stored_total", name) > 0, metrics.body());
            assertTrue(metric(metrics.body(), "psarchive_snmp_counters_read_total", name) > 0, metrics.body());
            assertEquals(1, metric(metrics.body(), "psarchive_snmp_interfaces", name), metrics.body());
            assertTrue(metric(metrics.body(), "psarchive_snmp_poll_duration_seconds", name) > 0, metrics.body());
            assertTrue(metric(metrics.body(), "psarchive_snmp_polls_failed_total", name) == 0, metrics.body());
            assertTrue(metric(metrics.body(), "psarchive_snmp_leases_held", null) >= 1, metrics.body());

            // lo's points were stored: each such poll's time from response to commit is kept, none negative
            JsonArray commits = status.getJsonArray("recent-commit-ms");
            assertFalse(commits.isEmpty(), status.toString());
            commits.getValuesAs(jakarta.json.JsonNumber.class).forEach(ms -> assertTrue(ms.longValue() >= 0, status.toString()));

            // disabled: the next reload drops it, and no point is stored after the poll in flight, if any
            assertEquals(200, admin.send("POST", TARGETS + "/" + name + "/disable", null).statusCode());
            Await.until("the collector to drop the target", Duration.ofSeconds(20), () -> {
                JsonObject now = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
                return now.getBoolean("polled") ? Optional.empty() : Optional.of(now);
            });
            int stored = data(key, "interface-octets-in/base").size();
            Instant until = Instant.now().plusSeconds(3L * INTERVAL);
            while (Instant.now().isBefore(until)) { // three intervals of traffic, and no new point
                traffic.send(1 << 20);
                assertEquals(stored, data(key, "interface-octets-in/base").size(), "a point after the target was dropped");
                Thread.sleep(250);
            }
        } finally {
            admin.send("DELETE", TARGETS + "/" + name, null);
        }
    }

    @Test
    void aTargetThatDoesNotAnswerIsCountedAndLoggedOnceNotAtEveryPoll() throws Exception {
        String name = "it-mute-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        HttpResponse<String> created = admin.send("POST", TARGETS, "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":"
                + snmpd.port() + ",\"community\":\"not-the-community\",\"interval\":" + INTERVAL + "}");
        assertEquals(201, created.statusCode(), created.body());
        try {
            // a v2c agent drops a wrong community: each poll waits 2 s x 2 attempts, then fails
            JsonObject status = Await.until("three failed polls", Duration.ofSeconds(60), () -> {
                JsonObject now = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
                return now.getBoolean("polled") && now.getJsonObject("polls").getInt("failed") >= 3 ? Optional.of(now)
                        : Optional.empty();
            });
            assertTrue(status.getBoolean("failing"), status.toString());
            assertTrue(status.getString("last-error").contains("community is wrong"), status.toString());
            assertEquals(JsonValue.NULL, status.get("last-success"), status.toString());
            assertEquals(0, status.getJsonObject("polls").getInt("succeeded"), status.toString());

            String log = serverLog();
            int warnings = log.split("SNMP target " + name + ": ", -1).length - 1;
            assertEquals(1, warnings, "one warning for three failures of the same kind");
            assertFalse(log.contains("not-the-community"), "the community is never logged");
        } finally {
            admin.send("DELETE", TARGETS + "/" + name, null);
        }
    }

    /**
     * Another node (a lease row of a made-up node id, unexpired) holds the target: this node does not poll
     * it while that lease holds, and takes it over once it has expired.
     */
    @Test
    void aTargetLeasedByAnotherNodeIsPolledOnlyAfterThatLeaseExpires() throws Exception {
        String name = "it-leased-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        HttpResponse<String> created = admin.send("POST", TARGETS, "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":"
                + snmpd.port() + ",\"community\":\"" + Snmpd.COMMUNITY + "\",\"interval\":" + INTERVAL
                + ",\"include\":[\"lo\"],\"enabled\":false}");
        assertEquals(201, created.statusCode(), created.body());
        String otherNode = "it-other-node-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Instant expires = Instant.now().plusSeconds(12).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try {
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"),
                    System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                    java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO snmp_target_lease"
                            + " (target_id, node_id, claimed_at, expires_at) SELECT id, ?, ?, ? FROM snmp_target WHERE name = ?")) {
                insert.setString(1, otherNode);
                insert.setObject(2, java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC));
                insert.setObject(3, java.time.LocalDateTime.ofInstant(expires, java.time.ZoneOffset.UTC));
                insert.setString(4, name);
                assertEquals(1, insert.executeUpdate());
            }
            assertEquals(200, admin.send("POST", TARGETS + "/" + name + "/enable", null).statusCode());

            JsonObject taken = Await.until("this node to take the target over", Duration.ofSeconds(40), () -> {
                JsonObject now = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
                if (!now.getBoolean("polled")) {
                    assertTrue(Instant.now().isBefore(expires.plusSeconds(10)), "not taken over in time: " + now);
                    if (Instant.now().isBefore(expires.minusSeconds(1))) {
                        assertEquals(otherNode, now.getString("node"), "the other node's lease holds: " + now);
                    }
                    return Optional.empty();
                }
                return Optional.of(now);
            });
            Instant takenAt = Instant.now();
            assertFalse(takenAt.isBefore(expires), "polled at " + takenAt + ", before the other node's lease expired at " + expires);
            assertEquals(taken.getString("this-node"), taken.getString("node"), taken.toString());
            Await.until("a poll by this node", Duration.ofSeconds(30), () -> {
                JsonObject now = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
                return now.getJsonObject("polls").getInt("succeeded") >= 1 ? Optional.of(now) : Optional.empty();
            });
        } finally {
            admin.send("DELETE", TARGETS + "/" + name, null);
        }
    }

    /**
     * The value of a series in Prometheus text: the line of {@code name} whose labels hold
     * {@code target="..."} (any line of that name when {@code target} is null); fails when there is none.
     */
    private static double metric(String text, String name, String target) {
        return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> target == null || line.contains("target=\"" + target + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " for " + target + " in /metrics"));
    }

    /** Payara Micro's log (arquillian.xml: --logtofile), as TargetCliIT reads it. */
    private static String serverLog() throws IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/micro-root"))) {
            java.nio.file.Path log = files.filter(file -> file.getFileName().toString().startsWith("micro.log"))
                    .max(java.util.Comparator.comparing(file -> file.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("no micro.log* in target/micro-root"));
            return java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Optional<JsonObject> record(String target) {
        HttpResponse<String> response = http.get(ARCHIVE + "?subject-type=network-element&tool-name=psarchive/snmp&limit=10000");
        assertEquals(200, response.statusCode(), response.body());
        return Http.structure(response).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(record -> target.equals(record.getString("snmp-target", null)))
                .filter(record -> "lo".equals(record.getString("ifName", null))).findFirst();
    }

    private JsonArray data(String key, String path) {
        HttpResponse<String> response = http.get(ARCHIVE + key + "/" + path + "?time-start=0");
        assertEquals(200, response.statusCode(), response.body());
        return Http.structure(response).asJsonArray();
    }
}
