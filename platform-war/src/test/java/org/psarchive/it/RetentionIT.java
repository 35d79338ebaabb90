package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retention policies through the admin API, and a pass that deletes expired points and gives the space back. */
class RetentionIT extends DeployedPlatformTest {

    private static final long DAY = 86_400;

    @Test
    void startsWithEsmondsDefaultPolicies() {
        String policies = admin.send("GET", "api/admin/retention", null).body();

        assertTrue(policies.contains("{\"event-type\":\"*\",\"summary-type\":\"*\",\"summary-window\":\"*\",\"keep-days\":365}"), policies);
        assertTrue(policies.contains("{\"event-type\":\"*\",\"summary-type\":\"aggregation\",\"summary-window\":86400,\"keep-days\":1825}"));
        assertTrue(policies.contains("{\"event-type\":\"histogram-owdelay\",\"summary-type\":\"base\",\"summary-window\":0,\"keep-days\":180}"));
    }

    @Test
    void changesAndDeletesPoliciesButKeepsTheDefault() {
        HttpResponse<String> set = admin.send("PUT", "api/admin/retention",
                "{\"event-type\":\"ntp-offset\",\"summary-type\":\"base\",\"summary-window\":0,\"keep-days\":30}");
        HttpResponse<String> bad = admin.send("PUT", "api/admin/retention",
                "{\"event-type\":\"no-such-type\",\"keep-days\":30}");
        HttpResponse<String> zero = admin.send("PUT", "api/admin/retention", "{\"event-type\":\"ntp-offset\",\"keep-days\":0}");
        HttpResponse<String> deleteDefault = admin.send("DELETE", "api/admin/retention", null);
        HttpResponse<String> delete = admin.send("DELETE",
                "api/admin/retention?event-type=ntp-offset&summary-type=base&summary-window=0", null);
        HttpResponse<String> deleteAgain = admin.send("DELETE",
                "api/admin/retention?event-type=ntp-offset&summary-type=base&summary-window=0", null);

        assertEquals(200, set.statusCode(), set.body());
        assertEquals(400, bad.statusCode());
        assertEquals(400, zero.statusCode());
        assertEquals(409, deleteDefault.statusCode());
        assertEquals(204, delete.statusCode());
        assertEquals(404, deleteAgain.statusCode());
        assertTrue(admin.send("GET", "api/admin/audit?limit=20", null).body().contains("\"action\":\"retention.set\""));
    }

    @Test
    void onlyAdministratorsSeeOrChangePolicies() {
        String key = admin.createAccount("retention-" + UUID.randomUUID().toString().substring(0, 8),
                "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve("api/admin/retention/run"))
                .header("Authorization", "Token " + key).POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(403, response.statusCode());
    }

    @Test
    void deletesExpiredPointsInBatchesAndGivesTheSpaceBack() throws Exception {
        String poster = admin.createAccount("retention-poster-" + UUID.randomUUID().toString().substring(0, 8),
                "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(http.base().resolve("esmond/perfsonar/archive/"))
                .header("Authorization", "Token " + poster).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"subject-type":"network-element","source":"192.0.2.1","measurement-agent":"192.0.2.1",
                         "tool-name":"retention-test","input-source":"router.example.org","test-run":"%s",
                         "event-types":[{"event-type":"throughput"}]}""".formatted(UUID.randomUUID()))));
        assertEquals(201, created.statusCode(), created.body());
        String metadataKey = Http.object(created).getString("metadata-key");
        long now = Instant.now().getEpochSecond();
        long expired = 250_000;
        try (Connection db = database()) {
            long series = seriesOf(db, metadataKey);
            insertPoints(db, series, now - 800 * DAY, expired); // two years old: beyond the 365-day default
            insertPoints(db, series, now - 10 * DAY, 100);      // recent: kept
            long before = pointTableSize(db);

            HttpResponse<String> run = admin.send("POST", "api/admin/retention/run?reclaim=true", null);

            assertEquals(200, run.statusCode(), run.body());
            JsonObject pass = Http.object(run);
            assertTrue(pass.getJsonNumber("deleted-points").longValue() >= expired, run.body());
            assertTrue(pass.getBoolean("complete"));
            assertTrue(pass.getBoolean("space-reclaimed"));
            assertEquals(100, count(db, series));
            long after = pointTableSize(db);
            assertTrue(after < before / 2, "ps_point shrank from " + before + " to " + after + " bytes");
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static long seriesOf(Connection db, String metadataKey) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT s.id FROM ps_series s JOIN ps_metadata m"
                + " ON m.id = s.metadata_id WHERE m.metadata_key = ? AND s.summary_type = 'base'")) {
            select.setString(1, metadataKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void insertPoints(Connection db, long series, long start, long count) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ps_point (series_id, ts, num) VALUES (?, ?, ?)")) {
            for (long i = 0; i < count; i++) {
                insert.setLong(1, series);
                insert.setLong(2, start + i * 60);
                insert.setDouble(3, 9.4e9);
                insert.addBatch();
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static long count(Connection db, long series) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT COUNT(*) FROM ps_point WHERE series_id = ?")) {
            select.setLong(1, series);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The table's data and index size as InnoDB reports it after fresh statistics. */
    private static long pointTableSize(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("ANALYZE TABLE ps_point");
            try (ResultSet row = statement.executeQuery("SELECT DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ps_point'")) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
