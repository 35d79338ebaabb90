package org.psarchive.lookup;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psarchive.platform.json.Jsonp;

/**
 * The SQL of lookup records on one connection (the caller's transaction): a record's row in
 * {@code lookup_record} and its indexed (key, value) pairs in {@code lookup_value}.
 */
final class RecordStore {

    static final String COLUMNS = "r.id, r.uuid, r.record_type, r.body, r.ttl, r.state, r.expires_at, r.managed_key";
    /** IN lists are cut into chunks of this size. */
    static final int CHUNK = 500;

    private final Connection connection;

    RecordStore(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** Work on one connection (of the caller's transaction). */
    @FunctionalInterface
    interface Work<T> {
        T apply(RecordStore store) throws SQLException;
    }

    static <T> T using(javax.sql.DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new RecordStore(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("lookup records: " + e.getMessage(), e);
        }
    }

    /** Stores a new record and its values, with no registrant (the registry's records); returns its id. */
    long insert(String uuid, String type, Map<String, List<String>> data, Optional<String> ttl, String state,
            Instant registered, Instant expires, String managedOwner, String managedKey) throws SQLException {
        return insert(uuid, type, data, ttl, state, registered, expires, managedOwner, managedKey, Registrant.NONE);
    }

    /** Stores a new record and its values with who registered it; returns its id. */
    long insert(String uuid, String type, Map<String, List<String>> data, Optional<String> ttl, String state,
            Instant registered, Instant expires, String managedOwner, String managedKey, Registrant registrant)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO lookup_record (uuid, record_type,"
                + " client_uuid, body, ttl, state, registered_at, expires_at, managed_owner, managed_key,"
                + " registrant_address, registrant_account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, uuid);
            insert.setString(2, type);
            setNullable(insert, 3, data.getOrDefault("client-uuid", List.of()).stream().findFirst().orElse(null));
            insert.setString(4, body(data));
            setNullable(insert, 5, ttl.orElse(null));
            insert.setString(6, state);
            insert.setLong(7, registered.toEpochMilli());
            insert.setLong(8, expires.toEpochMilli());
            setNullable(insert, 9, managedOwner);
            setNullable(insert, 10, managedKey);
            setNullable(insert, 11, registrant.address().orElse(null));
            setNullable(insert, 12, registrant.account().orElse(null));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        insertValues(id, data);
        return id;
    }

    /** Replaces a record's data (its values re-indexed) and lease, keeping its uuid. */
    void replace(long id, Map<String, List<String>> data, Instant expires, String state) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE lookup_record SET body = ?, client_uuid = ?,"
                + " expires_at = ?, state = ? WHERE id = ?")) {
            update.setString(1, body(data));
            setNullable(update, 2, data.getOrDefault("client-uuid", List.of()).stream().findFirst().orElse(null));
            update.setLong(3, expires.toEpochMilli());
            update.setString(4, state);
            update.setLong(5, id);
            update.executeUpdate();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM lookup_value WHERE record_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertValues(id, data);
    }

    private void insertValues(long id, Map<String, List<String>> data) throws SQLException {
        Set<List<String>> pairs = new LinkedHashSet<>();
        data.forEach((key, values) -> {
            if (!key.equals("type")) { // the type is a column
                values.forEach(value -> pairs.add(List.of(key, QuerySql.indexed(value))));
            }
        });
        if (pairs.isEmpty()) {
            return;
        }
        // One multi-row INSERT per chunk: a JDBC batch costs MariaDB's bulk protocol a prepare and a
        // close round trip on top, and a registration is a handful of rows.
        List<List<String>> rows = new ArrayList<>(pairs);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<List<String>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO lookup_value (record_id, rkey, rvalue) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString(), Statement.NO_GENERATED_KEYS)) {
                int index = 1;
                for (List<String> pair : chunk) {
                    insert.setLong(index++, id);
                    insert.setString(index++, pair.get(0));
                    insert.setString(index++, pair.get(1));
                }
                insert.executeUpdate();
            }
        }
    }

    /** The record of this uuid, live or not, optionally locked for update. */
    Optional<LookupRecord> byUuid(String uuid, boolean lock) throws SQLException {
        List<LookupRecord> found = select("SELECT " + COLUMNS + " FROM lookup_record r WHERE r.uuid = ?"
                + (lock ? " FOR UPDATE" : ""), List.of(uuid));
        return found.stream().findFirst();
    }

    /** Records (live or not) by uuid, in chunks; unknown uuids are left out. */
    List<LookupRecord> byUuids(List<String> uuids) throws SQLException {
        List<LookupRecord> found = new ArrayList<>();
        for (int from = 0; from < uuids.size(); from += CHUNK) {
            List<String> chunk = uuids.subList(from, Math.min(uuids.size(), from + CHUNK));
            found.addAll(select("SELECT " + COLUMNS + " FROM lookup_record r WHERE r.uuid IN (" + marks(chunk.size())
                    + ")", chunk));
        }
        return found;
    }

    /** Records by id, in id order. */
    List<LookupRecord> byIds(Collection<Long> ids) throws SQLException {
        List<LookupRecord> records = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            records.addAll(select("SELECT " + COLUMNS + " FROM lookup_record r WHERE r.id IN (" + marks(chunk.size())
                    + ") ORDER BY r.id", new ArrayList<>(chunk)));
        }
        return records;
    }

    /** The records a query statement ({@link QuerySql}) selects, in its order. */
    List<LookupRecord> query(QuerySql.Statement statement) throws SQLException {
        return select(statement.sql(), statement.parameters());
    }

    /**
     * Renews a self-registered record of this type whose lease ended no earlier than {@code graceCutoff}:
     * one conditional UPDATE, atomic by itself; 1 when renewed, 0 when the record is not there, is kept
     * by the registry or is past its grace period. A record registered before registrants were kept
     * (V13) takes the renewing client's address as its registrant.
     */
    int renew(String uuid, String type, Instant expires, Optional<String> ttl, Instant graceCutoff, Registrant renewer)
            throws SQLException {
        return update("UPDATE lookup_record SET expires_at = ?, state = ?, ttl = ?,"
                + " registrant_address = COALESCE(registrant_address, ?) WHERE uuid = ? AND record_type = ?"
                + " AND managed_key IS NULL AND expires_at >= ?", java.util.Arrays.asList(expires.toEpochMilli(),
                LookupRecord.RENEWED, ttl.orElse(null), renewer.address().orElse(null), uuid, type,
                graceCutoff.toEpochMilli()));
    }

    /** Who registered a record, as kept with it. */
    Registrant registrant(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT registrant_address, registrant_account FROM lookup_record WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Registrant(Optional.ofNullable(row.getString(1)), Optional.ofNullable(row.getString(2)))
                        : Registrant.NONE;
            }
        }
    }

    /**
     * The records of these uuids, locked for update in uuid order (the index's order) across all chunks,
     * so that concurrent bulk renewals cannot deadlock.
     */
    List<LookupRecord> lockByUuids(List<String> uuids) throws SQLException {
        List<String> ordered = uuids.stream().distinct().sorted().toList(); // uuids are lower-case hex: any collation agrees
        List<LookupRecord> records = new ArrayList<>();
        for (int from = 0; from < ordered.size(); from += CHUNK) {
            List<String> chunk = ordered.subList(from, Math.min(ordered.size(), from + CHUNK));
            records.addAll(select("SELECT " + COLUMNS + " FROM lookup_record r WHERE r.uuid IN (" + marks(chunk.size())
                    + ") ORDER BY r.uuid FOR UPDATE", chunk));
        }
        return records;
    }

    /** Gives these records a new lease (renewed state, the ttl asked for); a registrant as {@link #renew}. */
    void renewIds(List<Long> ids, Instant expires, Optional<String> ttl, Registrant renewer) throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Object> bound = new ArrayList<>(java.util.Arrays.asList(expires.toEpochMilli(), LookupRecord.RENEWED,
                    ttl.orElse(null), renewer.address().orElse(null)));
            bound.addAll(chunk);
            update("UPDATE lookup_record SET expires_at = ?, state = ?, ttl = ?, registrant_address ="
                    + " COALESCE(registrant_address, ?) WHERE id IN (" + marks(chunk.size()) + ")", bound);
        }
    }

    /** Deletes these records (their values go with them, ON DELETE CASCADE); how many. */
    int delete(List<Long> ids) throws SQLException {
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            deleted += update("DELETE FROM lookup_record WHERE id IN (" + marks(chunk.size()) + ")", chunk);
        }
        return deleted;
    }

    /** Ids of self-registered records whose lease ended before {@code cutoff}, oldest first, at most {@code limit}. */
    List<Long> expiredBefore(Instant cutoff, int limit) throws SQLException {
        return ids("SELECT id FROM lookup_record WHERE expires_at < ? AND managed_owner IS NULL ORDER BY expires_at"
                + " LIMIT ?", List.of(cutoff.toEpochMilli(), limit));
    }

    List<LookupRecord> select(String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                List<LookupRecord> records = new ArrayList<>();
                while (row.next()) {
                    records.add(LookupRecord.stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            Optional.ofNullable(row.getString(5)), row.getString(6), Instant.ofEpochMilli(row.getLong(7)),
                            row.getString(8) != null));
                }
                return records;
            }
        }
    }

    List<Long> ids(String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet row = select.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
                return ids;
            }
        }
    }

    int update(String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, parameters);
            return update.executeUpdate();
        }
    }

    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (parameter instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) parameter);
            }
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    static String body(Map<String, List<String>> data) {
        JsonObjectBuilder body = Jsonp.createObjectBuilder();
        data.forEach((key, values) -> body.add(key, Jsonp.createArrayBuilder(values)));
        return body.build().toString();
    }

    /**
     * The data keys of a stored body, read with the streaming parser: a community's hosts read several
     * hundred records per call, and a JSON tree of each, thrown away at once, is not needed to fill a map.
     */
    static Map<String, List<String>> data(String body) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        try (JsonParser parser = Jsonp.createParser(new StringReader(body))) {
            List<String> values = null;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case KEY_NAME -> {
                        values = new ArrayList<>(2);
                        data.put(parser.getString(), values);
                    }
                    case VALUE_STRING -> values.add(parser.getString());
                    default -> {
                        // the object and its arrays: a stored body holds only lists of strings
                    }
                }
            }
        }
        return data;
    }
}
