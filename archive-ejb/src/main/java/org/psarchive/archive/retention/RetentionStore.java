package org.psarchive.archive.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of retention on one connection: the policies ({@code retention_policy}), the series a pass
 * walks ({@code ps_series} in id order) and the bounded delete of a series' expired points.
 */
final class RetentionStore {

    private final Connection connection;

    RetentionStore(Connection connection) {
        this.connection = connection;
    }

    List<RetentionPolicy> policies() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT event_type, summary_type, summary_window,"
                + " keep_days FROM retention_policy ORDER BY event_type, summary_type, summary_window");
                ResultSet row = select.executeQuery()) {
            List<RetentionPolicy> policies = new ArrayList<>();
            while (row.next()) {
                policies.add(new RetentionPolicy(row.getString(1), row.getString(2), row.getLong(3), row.getInt(4)));
            }
            return policies;
        }
    }

    /** Creates the policy of its pattern, or changes the days it keeps. */
    void put(RetentionPolicy policy) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO retention_policy (event_type,"
                + " summary_type, summary_window, keep_days) VALUES (?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE keep_days = VALUES(keep_days)")) {
            bindPattern(upsert, policy.eventType(), policy.summaryType(), policy.window());
            upsert.setInt(4, policy.keepDays());
            upsert.executeUpdate();
        }
    }

    /** Deletes the policy of this pattern; false when there was none. */
    boolean delete(String eventType, String summaryType, long window) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM retention_policy"
                + " WHERE event_type = ? AND summary_type = ? AND summary_window = ?")) {
            bindPattern(delete, eventType, summaryType, window);
            return delete.executeUpdate() > 0;
        }
    }

    /** The next page of series after {@code afterId}, in id order. */
    List<RetentionService.SeriesRef> seriesAfter(long afterId, int pageSize) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, event_type, summary_type, summary_window"
                + " FROM ps_series WHERE id > ? ORDER BY id LIMIT ?")) {
            select.setLong(1, afterId);
            select.setInt(2, pageSize);
            try (ResultSet row = select.executeQuery()) {
                List<RetentionService.SeriesRef> page = new ArrayList<>();
                while (row.next()) {
                    page.add(new RetentionService.SeriesRef(row.getLong(1), row.getString(2), row.getString(3),
                            row.getLong(4)));
                }
                return page;
            }
        }
    }

    /** Deletes at most {@code limit} points of one series older than {@code cutoff} (epoch seconds); how many. */
    int deletePointsBefore(long seriesId, long cutoff, int limit) throws SQLException {
        // LIMIT of a DELETE cannot be a parameter on MariaDB; limit is an int of ours, never input
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM ps_point WHERE series_id = ? AND ts < ? LIMIT " + limit)) {
            delete.setLong(1, seriesId);
            delete.setLong(2, cutoff);
            return delete.executeUpdate();
        }
    }

    /**
     * MariaDB only: rebuilds {@code ps_point} ({@code OPTIMIZE TABLE}, online for InnoDB) so the space of
     * deleted rows goes back to the file system, which esmond's cleaner never did.
     */
    void rebuildPoints() throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("OPTIMIZE TABLE ps_point");
        }
    }

    private static void bindPattern(PreparedStatement statement, String eventType, String summaryType, long window)
            throws SQLException {
        statement.setString(1, eventType);
        statement.setString(2, summaryType);
        statement.setLong(3, window);
    }
}
