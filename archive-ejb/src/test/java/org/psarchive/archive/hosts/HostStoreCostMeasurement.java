package org.psarchive.archive.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.platform.db.DataAccessTest;

/**
 * What the hosts report costs (docs/operations.md): {@code -Dhosts.cost=RECORDS} fills both databases
 * with that many records of 100 agents, each with 8 base series and 6 summaries and a
 * {@code pscheduler-test-type}, and times {@link HostStore#agents} (best of 5). A measurement, not a test: its name keeps it out
 * of the build's runs (filling 100,000 records takes minutes); run it with
 * {@code mvn -pl archive-ejb -am verify -Dit.test=HostStoreCostMeasurement -Dhosts.cost=100000 -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "hosts.cost", matches = "\\d+")
class HostStoreCostMeasurement extends DataAccessTest {

    private static final Logger LOG = Logger.getLogger(HostStoreCostMeasurement.class.getName());
    private static final int AGENTS = 100;
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @ParameterizedTest
    @MethodSource("kinds")
    void timesTheReport(String kind) throws SQLException {
        int records = Integer.parseInt(System.getProperty("hosts.cost"));
        try (Connection connection = databases.get(kind).getConnection()) {
            fill(connection, records);
            HostStore store = new HostStore(connection);
            long best = Long.MAX_VALUE;
            long first = 0;
            List<HostActivity> agents = null;
            for (int i = 0; i < 5; i++) {
                // a different "now" each time: H2 caches the result of a query it has answered unchanged
                Instant at = NOW.plusSeconds(i);
                long start = System.nanoTime();
                agents = store.agents(at);
                long took = System.nanoTime() - start;
                first = i == 0 ? took : first;
                best = Math.min(best, took);
            }
            assertEquals(AGENTS, agents.size());
            String line = "hosts report on " + kind + ", " + records + " records: first " + first / 1_000_000
                    + " ms, best of 5 " + best / 1_000_000 + " ms";
            LOG.info(line);
            System.out.println("HOSTS-COST " + line);
        }
    }

    private static void fill(Connection connection, int records) throws SQLException {
        connection.setAutoCommit(false);
        String[] types = {"histogram-owdelay", "histogram-ttl", "packet-count-lost", "packet-count-sent",
            "packet-duplicates", "packet-loss-rate", "packet-reorders", "time-error-estimates"};
        long now = NOW.getEpochSecond();
        try (PreparedStatement metadata = connection.prepareStatement("INSERT INTO ps_metadata (id, metadata_key,"
                + " checksum, subject_type, source, destination, measurement_agent, tool_name, created_at)"
                + " VALUES (?, ?, ?, 'point-to-point', ?, '10.0.0.2', ?, 'pscheduler/powstream', ?)");
                PreparedStatement parameter = connection.prepareStatement("INSERT INTO ps_metadata_parameter"
                        + " (metadata_id, name, value_prefix, param_value) VALUES (?, 'pscheduler-test-type', ?, ?)");
                PreparedStatement series = connection.prepareStatement("INSERT INTO ps_series (metadata_id, event_type,"
                        + " summary_type, summary_window, time_updated) VALUES (?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= records; id++) {
                String agent = "10.1." + (id % AGENTS) + ".1";
                metadata.setLong(1, id);
                metadata.setString(2, String.format("%032x", id));
                metadata.setString(3, String.format("%064x", id));
                metadata.setString(4, agent);
                metadata.setString(5, agent);
                metadata.setObject(6, LocalDateTime.of(2026, 1, 1, 0, 0));
                metadata.addBatch();
                String testType = id % 3 == 0 ? "throughput" : "latencybg";
                parameter.setLong(1, id);
                parameter.setString(2, testType);
                parameter.setString(3, testType);
                parameter.addBatch();
                long updated = now - (id * 37L) % (3 * 86_400); // spread over three days
                for (int t = 0; t < types.length; t++) {
                    add(series, id, types[t], "base", 0, updated);
                    if (t < 3) {
                        add(series, id, types[t], "aggregation", 3600, null);
                        add(series, id, types[t], "aggregation", 86400, null);
                    }
                }
                if (id % 1_000 == 0 || id == records) {
                    metadata.executeBatch();
                    parameter.executeBatch();
                    series.executeBatch();
                    connection.commit();
                }
            }
        }
        connection.setAutoCommit(true);
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")) {
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE ps_metadata, ps_series, ps_metadata_parameter");
            }
        }
    }

    private static void add(PreparedStatement series, long id, String type, String summary, long window, Long updated)
            throws SQLException {
        series.setLong(1, id);
        series.setString(2, type);
        series.setString(3, summary);
        series.setLong(4, window);
        series.setObject(5, updated);
        series.addBatch();
    }
}
