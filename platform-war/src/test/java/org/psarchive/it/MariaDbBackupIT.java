package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/operations.md's MariaDB backup, exactly as written: {@code mariadb-dump --single-transaction} of the
 * platform's database while a client keeps writing, restored with {@code mariadb} into an empty database,
 * holds every point acknowledged before the dump began, and the accounts.
 */
class MariaDbBackupIT extends DeployedPlatformTest {

    @TempDir
    Path dir;

    @Test
    void aDumpTakenUnderWritesRestoresEveryAcknowledgedPoint() throws Exception {
        String key = admin.createAccount("dumped-" + UUID.randomUUID().toString().substring(0, 8),
                "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
        HttpResponse<String> metadata = send("POST", "esmond/perfsonar/archive/", key, "{\"subject-type\":\"point-to-point\","
                + "\"source\":\"10.9.0.1\",\"destination\":\"10.9.0.2\",\"measurement-agent\":\"10.9.0.1\",\"tool-name\":"
                + "\"pscheduler/powstream\",\"input-source\":\"a\",\"input-destination\":\"b\",\"run\":\"" + UUID.randomUUID()
                + "\",\"event-types\":[{\"event-type\":\"packet-count-sent\"}]}");
        assertEquals(201, metadata.statusCode(), metadata.body());
        String metadataKey = Http.object(metadata).getString("metadata-key");
        List<Long> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (long ts = 60; writing.get(); ts += 60) {
                if (send("PUT", "esmond/perfsonar/archive/" + metadataKey + "/", key, "{\"data\":[{\"ts\":" + ts
                        + ",\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":1}]}]}").statusCode() == 201) {
                    acknowledged.add(ts);
                }
            }
        }, "dump-test-writer");
        writer.start();
        String database = System.getProperty("it.db.url").replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        String restored = database + "_restored";
        Path dump = dir.resolve("psarchive.sql");
        List<Long> beforeDump;
        try {
            Await.until("40 points written", Duration.ofSeconds(60),
                    () -> acknowledged.size() >= 40 ? Optional.of(true) : Optional.empty());
            beforeDump = List.copyOf(acknowledged);
            run(List.of("mariadb-dump", "--single-transaction", "--no-tablespaces", database), dump, null);
            int atDump = acknowledged.size();
            Await.until("writes after the dump", Duration.ofSeconds(60),
                    () -> acknowledged.size() >= atDump + 10 ? Optional.of(true) : Optional.empty());
        } finally {
            writing.set(false);
            writer.join(10_000);
        }

        try (Connection server = connect(""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + restored);
            statement.execute("CREATE DATABASE " + restored);
        }
        try {
            run(List.of("mariadb", restored), null, dump);
            Set<Long> points = new HashSet<>();
            try (Connection connection = connect(restored); PreparedStatement select = connection.prepareStatement(
                    "SELECT p.ts FROM ps_point p JOIN ps_series s ON s.id = p.series_id JOIN ps_metadata m ON m.id = s.metadata_id"
                            + " WHERE m.metadata_key = ? AND s.summary_type = 'base'")) {
                select.setString(1, metadataKey);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        points.add(row.getLong(1));
                    }
                }
            }
            assertTrue(points.containsAll(beforeDump), "every point acknowledged before the dump: " + beforeDump.size()
                    + " acknowledged, " + points.size() + " restored");
            try (Connection connection = connect(restored); Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM account WHERE name LIKE 'dumped-%'")) {
                row.next();
                assertTrue(row.getInt(1) >= 1, "the accounts come along");
            }
        } finally {
            try (Connection server = connect(""); Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + restored);
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String key, String json) {
        return http.send(HttpRequest.newBuilder(http.base().resolve(path)).header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** mariadb-dump / mariadb with the test database's account, its password in the environment, not the command line. */
    private static void run(List<String> command, Path output, Path input) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.addAll(1, List.of("-h127.0.0.1", "-u" + System.getProperty("it.db.user")));
        ProcessBuilder builder = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.PIPE);
        String password = System.getProperty("it.db.password", "");
        if (!password.isEmpty()) {
            builder.environment().put("MYSQL_PWD", password);
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        String errors = new String(process.getErrorStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command.get(0) + " did not end");
        assertEquals(0, process.exitValue(), command.get(0) + ": " + errors);
    }

    private static Connection connect(String database) throws Exception {
        String server = System.getProperty("it.db.url").replaceAll("^(jdbc:mariadb://[^/]+)/.*$", "$1");
        return DriverManager.getConnection(server + "/" + database, System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }
}
