package org.psarchive.archive.metadata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * The SQL of metadata records on one connection (the caller's, in the caller's transaction):
 * {@code ps_metadata}, its parameters in {@code ps_metadata_parameter} and its series in
 * {@code ps_series}. Rows are read into typed records; {@link MetadataService} keeps the rules,
 * the transactions and the caches. Every statement is closed even when binding its parameters fails.
 */
final class MetadataStore {

    private static final String COLUMNS = "id, metadata_key, subject_type, source, destination, measurement_agent,"
            + " tool_name, input_source, input_destination";

    /** A {@code ps_metadata} row: its subject fields in {@link SubjectType#ALL_FIELDS} order, null where unset. */
    record MetadataRow(long id, String key, String subjectType, List<String> subjectFields) {
    }

    private final Connection connection;

    MetadataStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * The time-updated of each event type of a record, from its base series (null where never written):
     * one statement on {@code ps_series} alone; empty when the record has no series (or is gone).
     */
    Map<String, Long> eventTypeTimes(long metadataId) throws SQLException {
        Map<String, Long> timeUpdated = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT event_type, time_updated FROM ps_series"
                + " WHERE metadata_id = ? AND summary_type = 'base'")) {
            select.setLong(1, metadataId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String eventType = row.getString(1);
                    long updated = row.getLong(2);
                    timeUpdated.put(eventType, row.wasNull() ? null : updated);
                }
            }
        }
        return timeUpdated;
    }

    Optional<Metadata> byKey(String key) throws SQLException {
        return load("metadata_key = ?", List.of(key), null).stream().findFirst();
    }

    /** The stored record with this content, if any (empty too when it is deleted while being read). */
    Optional<Metadata> byChecksum(String checksum) throws SQLException {
        return load("checksum = ?", List.of(checksum), null).stream().findFirst();
    }

    /** The records with these ids, in the given order: three statements for any number of records. */
    List<Metadata> byIds(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load("id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", ids, ids);
    }

    /** How many records a search finds. */
    long count(MetadataQuery query) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(query.sql("SELECT COUNT(*) FROM ps_metadata m", ""))) {
            query.bind(count);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The ids of one page of a search, by metadata key. */
    List<Long> page(MetadataQuery query, int limit, int offset) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement page = connection.prepareStatement(query.sql("SELECT m.id FROM ps_metadata m",
                " ORDER BY m.metadata_key LIMIT " + limit + " OFFSET " + offset))) {
            query.bind(page);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Deletes the record and, through the foreign keys, its series and points; whether there was one. */
    boolean delete(String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ps_metadata WHERE metadata_key = ?")) {
            delete.setString(1, key);
            return delete.executeUpdate() > 0;
        }
    }

    /** Stores a new record with its parameters and series, created at {@code createdAt}; its id. */
    long insert(NewMetadata metadata, String checksum, Instant createdAt) throws SQLException {
        return insert(MetadataKey.generate(), metadata, checksum, createdAt);
    }

    /** {@link #insert(NewMetadata, String, Instant)} under a given key (an imported record keeps its source's). */
    long insert(MetadataKey metadataKey, NewMetadata metadata, String checksum, Instant createdAt) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_metadata (metadata_key, checksum,"
                + " subject_type, source, destination, measurement_agent, tool_name, input_source, input_destination,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, metadataKey.value());
            insert.setString(2, checksum);
            insert.setString(3, metadata.subjectType().wireName());
            int column = 4;
            for (String field : SubjectType.ALL_FIELDS) {
                insert.setString(column++, metadata.subject().get(field));
            }
            insert.setObject(column, DatabaseTime.forJdbc(createdAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        // batches say NO_GENERATED_KEYS so the driver can send them in bulk (see PointTable)
        try (PreparedStatement parameter = connection.prepareStatement(
                "INSERT INTO ps_metadata_parameter (metadata_id, name, value_prefix, param_value) VALUES (?, ?, ?, ?)",
                Statement.NO_GENERATED_KEYS)) {
            for (Map.Entry<String, String> entry : metadata.parameters().entrySet()) {
                parameter.setLong(1, id);
                parameter.setString(2, entry.getKey());
                parameter.setString(3, MetadataQuery.prefix(entry.getValue()));
                parameter.setString(4, entry.getValue());
                parameter.addBatch();
            }
            parameter.executeBatch();
        }
        try (PreparedStatement series = connection.prepareStatement(
                "INSERT INTO ps_series (metadata_id, event_type, summary_type, summary_window) VALUES (?, ?, ?, ?)",
                Statement.NO_GENERATED_KEYS)) {
            for (SeriesKey key : metadata.series()) {
                series.setLong(1, id);
                series.setString(2, key.eventType());
                series.setString(3, key.summaryType().wireName());
                series.setLong(4, key.window());
                series.addBatch();
            }
            series.executeBatch();
        }
        return id;
    }

    /**
     * The records whose {@code ps_metadata} row matches {@code condition}, in the order of {@code order}
     * (or as found when null): three statements, the first finding the rows.
     */
    private List<Metadata> load(String condition, List<?> arguments, List<Long> order) throws SQLException {
        Map<Long, MetadataRow> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM ps_metadata WHERE "
                + condition)) {
            bind(select, arguments);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    List<String> subject = new ArrayList<>(SubjectType.ALL_FIELDS.size());
                    for (int i = 0; i < SubjectType.ALL_FIELDS.size(); i++) {
                        subject.add(row.getString(4 + i));
                    }
                    long id = row.getLong(1);
                    rows.put(id, new MetadataRow(id, row.getString(2), row.getString(3), subject));
                }
            }
        }
        List<Long> ids = new ArrayList<>(rows.keySet());
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, TreeMap<String, String>> parameters = new HashMap<>();
        ids.forEach(id -> parameters.put(id, new TreeMap<>()));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT metadata_id, name, param_value FROM ps_metadata_parameter WHERE metadata_id IN (" + in + ")")) {
            bind(select, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    parameters.get(row.getLong(1)).put(row.getString(2), row.getString(3));
                }
            }
        }
        Map<Long, List<Metadata.Series>> series = new HashMap<>();
        ids.forEach(id -> series.put(id, new ArrayList<>()));
        Map<Long, Map<String, Long>> baseTimes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT metadata_id, id, event_type,"
                + " summary_type, summary_window, time_updated FROM ps_series WHERE metadata_id IN (" + in + ")")) {
            bind(select, ids);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long updated = row.getLong(6);
                    Long timeUpdated = row.wasNull() ? null : updated;
                    SeriesKey key = new SeriesKey(row.getString(3),
                            SummaryType.fromWireName(row.getString(4)).orElseThrow(), row.getLong(5));
                    series.get(row.getLong(1)).add(new Metadata.Series(row.getLong(2), key, timeUpdated));
                    if (key.isBase()) {
                        baseTimes.computeIfAbsent(row.getLong(1), metadataId -> new HashMap<>())
                                .put(key.eventType(), timeUpdated);
                    }
                }
            }
        }
        List<Metadata> records = new ArrayList<>();
        for (Long id : order != null ? order : ids) {
            MetadataRow row = rows.get(id);
            if (row != null) {
                records.add(record(row, parameters.get(id), series.get(id), baseTimes.getOrDefault(id, Map.of())));
            }
        }
        return records;
    }

    private static Metadata record(MetadataRow row, TreeMap<String, String> parameters, List<Metadata.Series> series,
            Map<String, Long> baseTimes) {
        SubjectType subjectType = SubjectType.fromWireName(row.subjectType()).orElseThrow();
        TreeMap<String, String> subject = new TreeMap<>();
        for (int i = 0; i < SubjectType.ALL_FIELDS.size(); i++) {
            String field = SubjectType.ALL_FIELDS.get(i);
            if (subjectType.fields().contains(field)) {
                subject.put(field, row.subjectFields().get(i));
            }
        }
        List<Metadata.Series> ofRecord = Metadata.withEventTypeTimes(series, baseTimes);
        ofRecord.sort((a, b) -> a.key().compareTo(b.key()));
        return new Metadata(row.id(), new MetadataKey(row.key()), subjectType, subject, parameters, List.copyOf(ofRecord));
    }

    private static void bind(PreparedStatement statement, List<?> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
    }
}
