package org.psarchive.archive.hosts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The SQL of the hosts report on one connection: two aggregate statements over every record, whatever
 * the number of agents. The first joins each record to its base series by the unique key
 * {@code (metadata_id, event_type, ...)} (only base series carry {@code time_updated}, V8) and groups by
 * agent; the second reads each record's {@code pscheduler-test-type} by the parameters' primary key.
 * Both read every record and every base series: at 100,000 records they cost what docs/operations.md
 * measures (seconds on MariaDB), so the gauges of {@code /metrics} take them once an hour and otherwise
 * only {@link #lastResultsSince}.
 */
final class HostStore {

    static final String TEST_TYPE = "pscheduler-test-type";

    private static final String ACTIVITY = "SELECT agent, MIN(created_at), COUNT(*), MAX(last_update),"
            + " SUM(CASE WHEN last_update >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN last_update >= ? THEN 1 ELSE 0 END)"
            + " FROM (SELECT m.measurement_agent AS agent, m.created_at, MAX(s.time_updated) AS last_update"
            + " FROM ps_metadata m LEFT JOIN ps_series s ON s.metadata_id = m.id AND s.summary_type = 'base'"
            + " GROUP BY m.id, m.measurement_agent, m.created_at) r GROUP BY agent";

    private static final String KINDS = "SELECT DISTINCT m.measurement_agent, m.tool_name, p.param_value"
            + " FROM ps_metadata m LEFT JOIN ps_metadata_parameter p ON p.metadata_id = m.id AND p.name = ?";

    private static final String RECENT = "SELECT m.measurement_agent, MAX(s.time_updated) FROM ps_series s"
            + " JOIN ps_metadata m ON m.id = s.metadata_id WHERE s.time_updated >= ? AND m.measurement_agent IS NOT NULL"
            + " GROUP BY m.measurement_agent";

    private final Connection connection;

    HostStore(Connection connection) {
        this.connection = connection;
    }

    /** Every agent that has a record, in no particular order; hour and day counted back from {@code now}. */
    List<HostActivity> agents(Instant now) throws SQLException {
        Map<String, SortedSet<String>> testTypes = new HashMap<>();
        Map<String, SortedSet<String>> tools = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(KINDS)) {
            select.setString(1, TEST_TYPE);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String agent = row.getString(1); // null for records without one: HashMap takes it
                    add(tools, agent, row.getString(2));
                    add(testTypes, agent, row.getString(3));
                }
            }
        }
        List<HostActivity> agents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(ACTIVITY)) {
            select.setLong(1, now.getEpochSecond() - 3_600);
            select.setLong(2, now.getEpochSecond() - 86_400);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String agent = row.getString(1);
                    long last = row.getLong(4);
                    Instant lastResult = row.wasNull() ? null : Instant.ofEpochSecond(last);
                    agents.add(new HostActivity(agent, row.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            lastResult, row.getLong(3), row.getLong(5), row.getLong(6),
                            testTypes.getOrDefault(agent, new TreeSet<>()), tools.getOrDefault(agent, new TreeSet<>())));
                }
            }
        }
        return agents;
    }

    /**
     * The newest {@code time_updated} (epoch seconds) of each agent that wrote since {@code since}: a range
     * of the index {@code ix_ps_series_updated}, so it costs what was written since, not what is stored.
     */
    Map<String, Long> lastResultsSince(long since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(RECENT)) {
            select.setLong(1, since);
            try (ResultSet row = select.executeQuery()) {
                Map<String, Long> last = new HashMap<>();
                while (row.next()) {
                    last.put(row.getString(1), row.getLong(2));
                }
                return last;
            }
        }
    }

    private static void add(Map<String, SortedSet<String>> sets, String agent, String value) {
        if (value != null) {
            sets.computeIfAbsent(agent, a -> new TreeSet<>()).add(value);
        }
    }
}
