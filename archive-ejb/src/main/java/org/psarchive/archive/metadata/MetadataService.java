package org.psarchive.archive.metadata;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.platform.cache.TransactionEnd;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * Metadata records: idempotent creation, lookup, search with paging, deletion. Plain JDBC in the
 * container's transaction: every query is a fixed number of indexed statements whatever the page size.
 */
@Stateless
public class MetadataService {

    private static final String COLUMNS = "id, metadata_key, subject_type, source, destination, measurement_agent,"
            + " tool_name, input_source, input_destination";

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private RecordsForWriting forWriting;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The record with this content: the one stored already, or a new one, in the caller's transaction. */
    public Metadata create(NewMetadata metadata) {
        return findOrInsert(metadata, false);
    }

    /**
     * {@link #create}, on its own: the esmond API's POST. Outside a container transaction, because
     * pScheduler posts the same record before every result, and finding it needs none (a transaction
     * cost three statements of its own: {@code set autocommit}, {@code COMMIT} and {@code set autocommit}
     * again; bin/bench archive). Only a new record is written in a transaction, a {@link LocalTransaction}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Metadata post(NewMetadata metadata) {
        return findOrInsert(metadata, true);
    }

    private Metadata findOrInsert(NewMetadata metadata, boolean localTransaction) {
        String checksum = metadata.checksum();
        try (Connection connection = dataSource.getConnection()) {
            Optional<Metadata> existing = forWriting.withChecksum(checksum)
                    .flatMap(known -> refreshed(connection, known));
            if (existing.isPresent()) {
                return existing.get();
            }
            existing = byChecksum(connection, checksum);
            if (existing.isPresent()) {
                forWriting.putWithChecksum(checksum, existing.get());
                return existing.get();
            }
            try {
                long id = localTransaction
                        ? LocalTransaction.run(connection, () -> insert(connection, metadata, checksum))
                        : insert(connection, metadata, checksum);
                Metadata created = load(connection, List.of(id)).get(0);
                forWriting.putWithChecksum(checksum, created);
                return created;
            } catch (SQLIntegrityConstraintViolationException concurrentTwin) {
                // the same content was created by a concurrent request a moment ago
                return byChecksum(connection, checksum).orElseThrow(() -> concurrentTwin);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("metadata create failed", e);
        }
    }

    /**
     * A record found by this checksum before, if it is still stored, with its event types' time-updated
     * read again: one statement on one table where loading it takes three. Its content and series never
     * change (changed content is a new record, with a new id), so only whether it still exists (its
     * series do while it does) and when it was written need reading.
     */
    private static Optional<Metadata> refreshed(Connection connection, Metadata known) {
        Map<String, Long> timeUpdated = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT event_type, time_updated FROM ps_series"
                + " WHERE metadata_id = ? AND summary_type = 'base'")) {
            select.setLong(1, known.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String eventType = row.getString(1);
                    long updated = row.getLong(2);
                    timeUpdated.put(eventType, row.wasNull() ? null : updated);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("metadata lookup failed", e);
        }
        for (Metadata.Series s : known.series()) {
            if (!timeUpdated.containsKey(s.key().eventType())) {
                return Optional.empty(); // deleted (or never had a series): looked up by checksum instead
            }
        }
        return Optional.of(new Metadata(known.id(), known.key(), known.subjectType(), known.subject(),
                known.parameters(), List.copyOf(Metadata.withEventTypeTimes(known.series(), timeUpdated))));
    }

    public Optional<Metadata> find(MetadataKey key) {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection, "metadata_key = ?", List.of(key.value()), null).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("metadata lookup failed", e);
        }
    }

    public Metadata require(String key) {
        return MetadataKey.parse(key).flatMap(this::find)
                .orElseThrow(() -> new NotFoundException("Not found."));
    }

    /** The record to write points into: {@link #require}, from memory when it was written to lately. */
    public Metadata requireForWriting(String key) {
        Optional<Metadata> known = forWriting.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        long readAt = forWriting.generation();
        Metadata record = require(key);
        forWriting.put(key, record, readAt);
        return record;
    }

    public MetadataPage search(MetadataFilter filter, int limit, int offset) {
        MetadataQuery query = MetadataQuery.of(filter);
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = query.prepare(connection, "SELECT COUNT(*) FROM ps_metadata m", "")) {
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement page = query.prepare(connection, "SELECT m.id FROM ps_metadata m",
                    " ORDER BY m.metadata_key LIMIT " + limit + " OFFSET " + offset)) {
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            return new MetadataPage(load(connection, ids), total);
        } catch (SQLException e) {
            throw new IllegalStateException("metadata search failed", e);
        }
    }

    /** Deletes the record and, through the foreign keys, all its series and points. */
    public void delete(MetadataKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM ps_metadata WHERE metadata_key = ?")) {
            delete.setString(1, key.value());
            if (delete.executeUpdate() == 0) {
                throw new NotFoundException("No metadata with key " + key + ".");
            }
            // now, and once the deletion is committed, so that no write reading it in between keeps it
            forWriting.forget(key.value());
            TransactionEnd.then(transaction, () -> forWriting.forget(key.value()));
        } catch (SQLException e) {
            throw new IllegalStateException("metadata delete failed", e);
        }
    }

    /** The stored record with this content, if any (empty too when it is deleted while being read). */
    private static Optional<Metadata> byChecksum(Connection connection, String checksum) throws SQLException {
        return load(connection, "checksum = ?", List.of(checksum), null).stream().findFirst();
    }

    private static long insert(Connection connection, NewMetadata metadata, String checksum) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_metadata (metadata_key, checksum,"
                + " subject_type, source, destination, measurement_agent, tool_name, input_source, input_destination,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, MetadataKey.generate().value());
            insert.setString(2, checksum);
            insert.setString(3, metadata.subjectType().wireName());
            int column = 4;
            for (String field : SubjectType.ALL_FIELDS) {
                insert.setString(column++, metadata.subject().get(field));
            }
            insert.setObject(column, DatabaseTime.nowForJdbc());
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

    /** The records with these ids, in the given order: three statements for any number of records. */
    private static List<Metadata> load(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(connection, "id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", ids, ids);
    }

    /**
     * The records whose {@code ps_metadata} row matches {@code condition}, in the order of {@code order}
     * (or as found when null): three statements, the first finding the rows.
     */
    private static List<Metadata> load(Connection connection, String condition, List<?> arguments, List<Long> order)
            throws SQLException {
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        Map<Long, TreeMap<String, String>> parameters = new LinkedHashMap<>();
        Map<Long, List<Metadata.Series>> series = new LinkedHashMap<>();
        try (PreparedStatement select = bind(connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM ps_metadata WHERE " + condition), arguments);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Object[] values = new Object[9];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                rows.put(row.getLong(1), values);
                parameters.put(row.getLong(1), new TreeMap<>());
                series.put(row.getLong(1), new ArrayList<>());
            }
        }
        List<Long> ids = new ArrayList<>(rows.keySet());
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = bind(connection.prepareStatement(
                "SELECT metadata_id, name, param_value FROM ps_metadata_parameter WHERE metadata_id IN (" + in + ")"), ids);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                parameters.get(row.getLong(1)).put(row.getString(2), row.getString(3));
            }
        }
        Map<Long, Map<String, Long>> baseTimes = new HashMap<>();
        try (PreparedStatement select = bind(connection.prepareStatement("SELECT metadata_id, id, event_type,"
                + " summary_type, summary_window, time_updated FROM ps_series WHERE metadata_id IN (" + in + ")"), ids);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long updated = row.getLong(6);
                Long timeUpdated = row.wasNull() ? null : updated;
                SeriesKey key = new SeriesKey(row.getString(3),
                        SummaryType.fromWireName(row.getString(4)).orElseThrow(), row.getLong(5));
                series.get(row.getLong(1)).add(new Metadata.Series(row.getLong(2), key, timeUpdated));
                if (key.isBase()) {
                    baseTimes.computeIfAbsent(row.getLong(1), metadataId -> new HashMap<>()).put(key.eventType(), timeUpdated);
                }
            }
        }
        List<Metadata> records = new ArrayList<>();
        for (Long id : order != null ? order : ids) {
            Object[] values = rows.get(id);
            if (values == null) {
                continue;
            }
            SubjectType subjectType = SubjectType.fromWireName((String) values[2]).orElseThrow();
            TreeMap<String, String> subject = new TreeMap<>();
            for (int i = 0; i < SubjectType.ALL_FIELDS.size(); i++) {
                String field = SubjectType.ALL_FIELDS.get(i);
                if (subjectType.fields().contains(field)) {
                    subject.put(field, (String) values[3 + i]);
                }
            }
            List<Metadata.Series> ofRecord = Metadata.withEventTypeTimes(series.get(id), baseTimes.getOrDefault(id, Map.of()));
            ofRecord.sort((a, b) -> a.key().compareTo(b.key()));
            records.add(new Metadata(id, new MetadataKey((String) values[1]), subjectType, subject, parameters.get(id),
                    List.copyOf(ofRecord)));
        }
        return records;
    }

    private static PreparedStatement bind(PreparedStatement statement, List<?> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            statement.setObject(i + 1, arguments.get(i));
        }
        return statement;
    }
}
