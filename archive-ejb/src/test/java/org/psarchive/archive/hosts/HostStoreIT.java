package org.psarchive.archive.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.platform.db.DataAccessTest;

/** {@link HostStore}: agents with records written at known times, on MariaDB and H2. */
class HostStoreIT extends DataAccessTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @ParameterizedTest
    @MethodSource("kinds")
    void reportsEachAgentsFirstAndLastResultRecentRecordsAndTestTypes(String kind) throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String busy = "192.0.2." + Math.abs(run.hashCode() % 200);
        String quiet = "2001:db8::" + run.substring(0, 4);
        String idle = "quiet-" + run + ".example.org";
        long now = NOW.getEpochSecond();
        try (Connection connection = databases.get(kind).getConnection()) {
            // busy: a latency record written 10 minutes ago (its summaries carry no time-updated, V8),
            // a throughput record written 5 hours ago, and a trace record 2 days ago
            long latency = record(connection, busy, "pscheduler/powstream", "latencybg");
            ArchiveRows.series(connection, latency, "histogram-owdelay", "base", 0, now - 600);
            ArchiveRows.series(connection, latency, "histogram-owdelay", "aggregation", 3600, null);
            ArchiveRows.series(connection, latency, "packet-loss-rate", "base", 0, now - 900);
            long throughput = record(connection, busy, "pscheduler/iperf3", "throughput");
            ArchiveRows.series(connection, throughput, "throughput", "base", 0, now - 5 * 3600);
            long trace = record(connection, busy, "pscheduler/traceroute", "trace");
            ArchiveRows.series(connection, trace, "packet-trace", "base", 0, now - 2 * 86_400);
            // quiet: one record, last written 3 days ago
            long old = record(connection, quiet, "pscheduler/owping", "latency");
            ArchiveRows.series(connection, old, "histogram-owdelay", "base", 0, now - 3 * 86_400);
            // idle: a record posted but no point ever written
            long posted = record(connection, idle, "pscheduler/iperf3", null);
            ArchiveRows.series(connection, posted, "throughput", "base", 0, null);

            Map<String, HostActivity> agents = new HostStore(connection).agents(NOW).stream()
                    .filter(a -> a.agent() != null).collect(Collectors.toMap(HostActivity::agent, Function.identity()));

            HostActivity b = agents.get(busy);
            assertEquals(3, b.records());
            assertEquals(Instant.ofEpochSecond(now - 600), b.lastResult(), "the newest base time-updated");
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), b.firstResult(), "the oldest record's creation");
            assertEquals(1, b.updatedLastHour(), "the latency record, once though two of its series were written");
            assertEquals(2, b.updatedLastDay());
            assertEquals(Set.of("latencybg", "throughput", "trace"), b.testTypes());
            assertEquals(Set.of("pscheduler/iperf3", "pscheduler/powstream", "pscheduler/traceroute"), b.tools());

            HostActivity q = agents.get(quiet);
            assertEquals(1, q.records());
            assertEquals(Instant.ofEpochSecond(now - 3 * 86_400), q.lastResult());
            assertEquals(0, q.updatedLastHour());
            assertEquals(0, q.updatedLastDay());
            assertEquals(Set.of("latency"), q.testTypes());

            HostActivity i = agents.get(idle);
            assertNull(i.lastResult(), "never wrote a point");
            assertEquals(Set.of(), i.testTypes(), "no pscheduler-test-type parameter");
            assertEquals(Set.of("pscheduler/iperf3"), i.tools());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void findsOnlyTheAgentsThatWroteSinceAnInstantWithTheirNewestResult(String kind) throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String recent = "recent-" + run;
        String stale = "stale-" + run;
        long now = NOW.getEpochSecond();
        try (Connection connection = databases.get(kind).getConnection()) {
            long first = record(connection, recent, "pscheduler/powstream", "latencybg");
            ArchiveRows.series(connection, first, "histogram-owdelay", "base", 0, now - 30);
            ArchiveRows.series(connection, first, "packet-loss-rate", "base", 0, now - 400);
            long second = record(connection, recent, "pscheduler/iperf3", "throughput");
            ArchiveRows.series(connection, second, "throughput", "base", 0, now - 10);
            long old = record(connection, stale, "pscheduler/owping", "latency");
            ArchiveRows.series(connection, old, "histogram-owdelay", "base", 0, now - 3_600);

            Map<String, Long> since = new HostStore(connection).lastResultsSince(now - 300);

            assertEquals(now - 10, since.get(recent));
            assertFalse(since.containsKey(stale), since.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void groupsRecordsWithoutAnAgentUnderNull(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long record = ArchiveRows.metadata(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE ps_metadata SET measurement_agent = NULL WHERE id = ?")) {
                update.setLong(1, record);
                update.executeUpdate();
            }
            ArchiveRows.series(connection, record, "packet-count-sent", "base", 0, NOW.getEpochSecond() - 60);

            HostActivity none = new HostStore(connection).agents(NOW).stream().filter(a -> a.agent() == null)
                    .findFirst().orElseThrow();
            assertEquals(1, none.records());
            assertEquals(1, none.updatedLastHour());
        }
    }

    private static long record(Connection connection, String agent, String tool, String testType) throws SQLException {
        long id = ArchiveRows.metadata(connection, ArchiveRows.newKey(), "10.0.0.9", "10.0.0.2", tool, testType == null ? Map.of() : Map.of("pscheduler-test-type", testType));
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_metadata SET measurement_agent = ? WHERE id = ?")) {
            update.setString(1, agent);
            update.setLong(2, id);
            update.executeUpdate();
        }
        return id;
    }
}
