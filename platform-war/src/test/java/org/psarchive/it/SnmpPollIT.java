package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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

        try (Traffic traffic = new Traffic()) {
            // snmpd refreshes its counters about every 3 s: two rates need three polls at worst, plus the reload
            JsonObject record = await("lo's record", Duration.ofSeconds(60), () -> {
                traffic.send(1 << 20);
                return record(name);
            });
            assertEquals("127.0.0.1", record.getString("source"));
            assertEquals("127.0.0.1", record.getString("measurement-agent"));
            assertEquals("127.0.0.1", record.getString("input-source"));
            assertEquals("psarchive/snmp", record.getString("tool-name"));
            assertEquals("lo", record.getString("ifName"));
            String key = record.getString("metadata-key");

            JsonObject positive = await("a positive in-octets rate of lo", Duration.ofSeconds(60), () -> {
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

            JsonObject status = Http.object(admin.send("GET", TARGETS + "/" + name, null)).getJsonObject("status");
            assertEquals("on", status.getString("collector"));
            assertTrue(status.getBoolean("polled"), status.toString());
            assertEquals(1, status.getInt("interfaces"), "include [lo] keeps lo only: " + status);
            assertFalse(status.getBoolean("failing"), status.toString());
            assertTrue(status.getJsonObject("polls").getInt("succeeded") >= 2, status.toString());
            // lo's points were stored: each such poll's time from response to commit is kept, none negative
            JsonArray commits = status.getJsonArray("recent-commit-ms");
            assertFalse(commits.isEmpty(), status.toString());
            commits.getValuesAs(jakarta.json.JsonNumber.class).forEach(ms -> assertTrue(ms.longValue() >= 0, status.toString()));

            // disabled: the next reload drops it, and no point is stored after the poll in flight, if any
            assertEquals(200, admin.send("POST", TARGETS + "/" + name + "/disable", null).statusCode());
            await("the collector to drop the target", Duration.ofSeconds(20), () -> {
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
            JsonObject status = await("three failed polls", Duration.ofSeconds(60), () -> {
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

    @FunctionalInterface
    private interface Probe<T> {
        Optional<T> check() throws Exception;
    }

    /** Checks until the probe finds something, failing after the deadline. */
    private static <T> T await(String what, Duration deadline, Probe<T> probe) throws Exception {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            Optional<T> found = probe.check();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out after " + deadline.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    /** Bytes over loopback TCP, so that lo's counters move. */
    private static final class Traffic implements AutoCloseable {
        private final ServerSocket server;
        private final Socket client;
        private final Thread sink;

        Traffic() throws IOException {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
            Socket accepted = server.accept();
            sink = new Thread(() -> {
                byte[] buffer = new byte[64 * 1024];
                try (InputStream in = accepted.getInputStream()) {
                    while (in.read(buffer) >= 0) {
                        // discard
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "lo-traffic-sink");
            sink.setDaemon(true);
            sink.start();
        }

        void send(int bytes) {
            try {
                OutputStream out = client.getOutputStream();
                out.write(new byte[bytes]);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            client.close();
            server.close();
        }
    }
}
