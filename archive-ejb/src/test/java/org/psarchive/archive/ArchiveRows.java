package org.psarchive.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** Rows of the archive's tables written with plain SQL, for data-access tests that need a record or a series. */
public final class ArchiveRows {

    private ArchiveRows() {
    }

    /** A point-to-point {@code ps_metadata} row with these subject fields and parameters; its id. */
    public static long metadata(Connection connection, String key, String source, String destination, String tool,
            Map<String, String> parameters) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_metadata (metadata_key, checksum,"
                + " subject_type, source, destination, measurement_agent, tool_name, input_source, input_destination,"
                + " created_at) VALUES (?, ?, 'point-to-point', ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, key);
            insert.setString(2, (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""));
            insert.setString(3, source);
            insert.setString(4, destination);
            insert.setString(5, source);
            insert.setString(6, tool);
            insert.setString(7, source);
            insert.setString(8, destination);
            insert.setObject(9, LocalDateTime.of(2026, 1, 1, 0, 0));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_metadata_parameter"
                    + " (metadata_id, name, value_prefix, param_value) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, parameter.getKey());
                String value = parameter.getValue();
                insert.setString(3, value.length() <= 191 ? value : value.substring(0, 191));
                insert.setString(4, value);
                insert.executeUpdate();
            }
        }
        return id;
    }

    /** A record with a fresh key and no parameters; its id. */
    public static long metadata(Connection connection) throws SQLException {
        return metadata(connection, newKey(), "10.0.0.1", "10.0.0.2", "pscheduler/owping", Map.of());
    }

    /** A metadata key (32 hex digits) never used before. */
    public static String newKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A {@code ps_series} row; its id. */
    public static long series(Connection connection, long metadataId, String eventType, String summaryType, long window,
            Long timeUpdated) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_series (metadata_id, event_type,"
                + " summary_type, summary_window, time_updated) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, metadataId);
            insert.setString(2, eventType);
            insert.setString(3, summaryType);
            insert.setLong(4, window);
            insert.setObject(5, timeUpdated);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The number of points a series holds. */
    public static long pointCount(Connection connection, long seriesId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM ps_point WHERE series_id = ?")) {
            select.setLong(1, seriesId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
