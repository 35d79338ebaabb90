package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Who stopped sending: two agents post results through the esmond API, one of them is then made three
 * days silent in the database, and {@code /api/admin/hosts} and {@code /metrics} tell them apart.
 */
class HostsIT extends DeployedPlatformTest {

    private static final String ARCHIVE = "esmond/perfsonar/archive/";
    private static final long THREE_DAYS = 3 * 86_400;

    @Test
    void listsTheAgentsWithTheirLastResultAndExposesTheAgeOfTheSilentOnesLastResult() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String account = "hosts-" + run;
        String key = admin.createAccount(account, "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
        int host = ThreadLocalRandom.current().nextInt(1, 255);
        String busy = "198.51.100." + host;
        String quiet = "203.0.113." + host;
        long now = Instant.now().getEpochSecond();
        send(key, busy, "latencybg", now);
        send(key, quiet, "throughput", now);
        try (Connection db = database()) {
            age(db, quiet, THREE_DAYS);
        }

        HttpResponse<String> all = admin.send("GET", "api/admin/hosts", null);
        assertEquals(200, all.statusCode(), all.body());
        JsonObject b = agent(Http.object(all), busy).orElseThrow(() -> new AssertionError(busy + " in " + all.body()));
        JsonObject q = agent(Http.object(all), quiet).orElseThrow(() -> new AssertionError(quiet + " in " + all.body()));
        assertEquals(1, b.getInt("records"));
        assertEquals(1, b.getInt("records-updated-last-hour"));
        assertEquals(List.of("latencybg"), b.getJsonArray("test-types").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("pscheduler/powstream", b.getJsonArray("tools").getString(0));
        assertTrue(b.getJsonNumber("silent-seconds").longValue() < 3_600, all.body());
        assertEquals(0, q.getInt("records-updated-last-day"));
        assertTrue(q.getJsonNumber("silent-seconds").longValue() >= THREE_DAYS, all.body());
        assertTrue(Instant.parse(q.getString("last-result")).isBefore(Instant.parse(b.getString("last-result"))));
        JsonObject poster = Http.object(all).getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(account)).findFirst().orElseThrow();
        assertNotNull(poster.getString("key-last-used", null), "the poster's key authenticated: " + poster);

        HttpResponse<String> silent = admin.send("GET", "api/admin/hosts?silent-for=P1D", null);
        assertEquals(200, silent.statusCode(), silent.body());
        assertTrue(agent(Http.object(silent), quiet).isPresent(), silent.body());
        assertFalse(agent(Http.object(silent), busy).isPresent(), silent.body());

        // the gauges are refreshed every 2 s (PSARCHIVE_HOSTS_REFRESH in the pom): wait for the aged agent
        double quietAge = Await.until("the quiet agent's age in /metrics", Duration.ofSeconds(30), () -> {
            String metrics = http.get("metrics").body();
            return age(metrics, quiet).filter(age -> age >= THREE_DAYS);
        });
        assertTrue(quietAge < THREE_DAYS + 600, "age " + quietAge);
        double busyAge = age(http.get("metrics").body(), busy).orElseThrow(() -> new AssertionError("no gauge for " + busy));
        assertTrue(busyAge < 600, "age " + busyAge);
    }

    @Test
    void refusesAMalformedDurationAndCallersWithoutTheAdminPermission() {
        HttpResponse<String> malformed = admin.send("GET", "api/admin/hosts?silent-for=six-hours", null);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(Http.object(malformed).getString("detail").contains("silent-for"), malformed.body());

        assertEquals(401, http.get("api/admin/hosts").statusCode());
    }

    private void send(String key, String agent, String testType, long ts) {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE))
                .header("Authorization", "Token " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subject-type":"point-to-point","source":"%s","destination":"192.0.2.9",
                         "measurement-agent":"%s","tool-name":"pscheduler/powstream",
                         "input-source":"%s","input-destination":"192.0.2.9","pscheduler-test-type":"%s",
                         "event-types":[{"event-type":"packet-count-sent"},{"event-type":"packet-loss-rate"}]}
                        """.formatted(agent, agent, agent, testType))));
        assertEquals(201, created.statusCode(), created.body());
        String metadataKey = Http.object(created).getString("metadata-key");
        HttpResponse<String> written = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE + metadataKey + "/"))
                .header("Authorization", "Token " + key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"data\":[{\"ts\":" + ts + ",\"val\":[{\"event-type\":"
                        + "\"packet-count-sent\",\"val\":600}]}]}")));
        assertEquals(201, written.statusCode(), written.body());
    }

    /** The agent's records as if it had last written {@code seconds} ago and been created before that. */
    private static void age(Connection db, String agent, long seconds) throws SQLException {
        try (PreparedStatement series = db.prepareStatement("UPDATE ps_series SET time_updated = time_updated - ?"
                + " WHERE time_updated IS NOT NULL AND metadata_id IN (SELECT id FROM ps_metadata WHERE measurement_agent = ?)");
                PreparedStatement record = db.prepareStatement("UPDATE ps_metadata SET created_at = created_at"
                        + " - INTERVAL 4 DAY WHERE measurement_agent = ?")) {
            series.setLong(1, seconds);
            series.setString(2, agent);
            assertEquals(1, series.executeUpdate(), "one base series was written");
            record.setString(1, agent);
            assertEquals(1, record.executeUpdate());
        }
    }

    private static Optional<JsonObject> agent(JsonObject report, String agent) {
        return report.getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.get("agent") != JsonValue.NULL && a.getString("agent").equals(agent)).findFirst();
    }

    /** {@code psarchive_host_last_result_age_seconds{agent="..."}} in Prometheus text, if present. */
    private static Optional<Double> age(String metrics, String agent) {
        return metrics.lines().filter(line -> line.startsWith("psarchive_host_last_result_age_seconds{"))
                .filter(line -> line.contains("agent=\"" + agent + "\""))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }
}
