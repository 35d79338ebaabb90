package org.psarchive.archive.timeseries;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psarchive.platform.error.ConflictException;

/**
 * The SQL of {@code ps_point}, the time-series hot path: writes are queued and sent as multi-row
 * statements at {@link #flush()}. Rows are keyed by (series_id, ts), the table's clustering key, so every
 * statement here touches only the rows it names.
 */
final class PointTable {

    /** Rows a read fetches at a time: Connector/J then streams a long range instead of loading it whole. */
    static final int FETCH_SIZE = 1000;

    /** A stored row: numbers for numeric series, a JSON document for the others. */
    record Row(long ts, Double num, Double den, Long cnt, String doc) {
    }

    private static final String INSERT_ROWS = "INSERT INTO ps_point (series_id, ts, num, den, cnt, doc) VALUES ";
    /**
     * Replacements and additions in one statement: a row carrying a document replaces the stored one, a
     * row of numbers adds to it ({@link #replace} and {@link #add} hold each to its kind).
     */
    private static final String REPLACE_OR_ADD = " ON DUPLICATE KEY UPDATE"
            + " num = CASE WHEN VALUES(doc) IS NULL THEN COALESCE(num, 0) + VALUES(num) ELSE VALUES(num) END,"
            + " den = CASE WHEN VALUES(doc) IS NULL THEN COALESCE(den, 0) + VALUES(den) ELSE VALUES(den) END,"
            + " cnt = CASE WHEN VALUES(doc) IS NULL THEN COALESCE(cnt, 0) + VALUES(cnt) ELSE VALUES(cnt) END,"
            + " doc = VALUES(doc)";
    /**
     * A minimum or maximum bin: the stored value is replaced by a lower (higher) one, and cnt, the time of
     * the base point it came from, with it; on a tie the earlier time stays. cnt is assigned first, so it
     * compares with the stored value on MariaDB (assignments in order) as on H2 (the old row throughout).
     * VALUES(...) never opens a comparison: H2 reads a parenthesis opening with it as a table value constructor.
     */
    private static final String KEEP_LOWER = " ON DUPLICATE KEY UPDATE"
            + " cnt = CASE WHEN num > VALUES(num) OR (num = VALUES(num) AND cnt > VALUES(cnt)) THEN VALUES(cnt) ELSE cnt END,"
            + " num = LEAST(num, VALUES(num))";
    private static final String KEEP_HIGHER = " ON DUPLICATE KEY UPDATE"
            + " cnt = CASE WHEN num < VALUES(num) OR (num = VALUES(num) AND cnt > VALUES(cnt)) THEN VALUES(cnt) ELSE cnt END,"
            + " num = GREATEST(num, VALUES(num))";
    /** Insertions from this many rows on go as one batch in MariaDB's bulk protocol ({@link #bulkInsert}). */
    static final int BULK_ROWS = 100;
    /** Rows per statement: 6 parameters each, well below the protocol's 65,535. */
    static final int ROWS_PER_STATEMENT = 500;

    private record Pending(long seriesId, Row row) {
    }

    private final List<Pending> insertions = new ArrayList<>();
    /** The event type of each series with insertions, for the 409's message. */
    private final Map<Long, String> eventTypes = new LinkedHashMap<>();
    /** Replacements (rows with a document) and additions (rows of numbers), see {@link #REPLACE_OR_ADD}. */
    private final List<Pending> upserts = new ArrayList<>();

    /** Minimum and maximum bins, see {@link #KEEP_LOWER}. */
    private final List<Pending> lows = new ArrayList<>();
    private final List<Pending> highs = new ArrayList<>();

    private final Connection connection;

    PointTable(Connection connection) {
        this.connection = connection;
    }

    /** The rows of one series at these times. */
    private Map<Long, Row> select(long seriesId, Collection<Long> times) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        if (times.isEmpty()) {
            return rows;
        }
        String sql = "SELECT ts, num, den, cnt, doc FROM ps_point WHERE series_id = ? AND ts IN ("
                + String.join(",", Collections.nCopies(times.size(), "?")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, seriesId);
            int index = 2;
            for (Long ts : times) {
                select.setLong(index++, ts);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getLong(1), row(row));
                }
            }
        }
        return rows;
    }

    /** Whether a failed statement broke a unique key (SQLSTATE class 23, also inside a batch's exception). */
    private static boolean isDuplicateKey(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inserts new rows at {@link #flush()}, where a row that exists already is a 409 naming
     * {@code eventType} and the earliest such time. The primary key finds duplicates: looking them up
     * before every insert cost MariaDB as much as the insert.
     */
    void insert(long seriesId, String eventType, List<Row> rows) {
        rows.forEach(row -> insertions.add(new Pending(seriesId, row)));
        eventTypes.put(seriesId, eventType);
    }

    /**
     * Inserts documents or replaces existing rows at the same times, at {@link #flush()}: nothing in a
     * request reads back what it replaces, and all series' rows then go in one statement.
     */
    void replace(long seriesId, List<Row> rows) {
        for (Row row : rows) {
            if (row.doc() == null) {
                throw new IllegalArgumentException("a replacing row must carry a document: " + row);
            }
            upserts.add(new Pending(seriesId, row));
        }
    }

    /**
     * Adds to the numbers of existing rows, or inserts them, at {@link #flush()}: atomic in the database,
     * so no two writers of a summary bin can lose each other's contribution.
     */
    void add(long seriesId, List<Row> rows) {
        for (Row row : rows) {
            if (row.doc() != null || row.num() == null) {
                throw new IllegalArgumentException("an adding row must carry a number and no document: " + row);
            }
            upserts.add(new Pending(seriesId, row));
        }
    }

    /**
     * Keeps the lower ({@code lower}) or higher value of each row and the stored one, at {@link #flush()}:
     * atomic in the database. Each row carries the value in num and the time of its base point in cnt.
     */
    void extreme(long seriesId, boolean lower, List<Row> rows) {
        for (Row row : rows) {
            if (row.doc() != null || row.num() == null || row.cnt() == null) {
                throw new IllegalArgumentException("an extreme row must carry a number and its time: " + row);
            }
            (lower ? lows : highs).add(new Pending(seriesId, row));
        }
    }

    /**
     * Sends the pending rows of every series, as multi-row statements: the insertions, then the
     * replacements and additions together. MariaDB 10.11 runs a batch of upserts as one statement per
     * row, and a pScheduler result touches some twenty summary series with a row each (bin/bench archive).
     */
    void flush() throws SQLException {
        try {
            if (insertions.size() >= BULK_ROWS) {
                bulkInsert(insertions);
            } else {
                upsert("", insertions);
            }
        } catch (SQLException e) {
            // the failed statement stored nothing; the 409 rolls the request's transaction back
            if (isDuplicateKey(e)) {
                throw duplicate(e);
            }
            throw e;
        }
        upsert(REPLACE_OR_ADD, upserts);
        upsert(KEEP_LOWER, lows);
        upsert(KEEP_HIGHER, highs);
    }

    private ConflictException duplicate(SQLException cause) throws SQLException {
        Map<Long, List<Long>> timesBySeries = new LinkedHashMap<>();
        insertions.forEach(p -> timesBySeries.computeIfAbsent(p.seriesId(), id -> new ArrayList<>()).add(p.row().ts()));
        for (Map.Entry<Long, List<Long>> series : timesBySeries.entrySet()) {
            Optional<Long> first = select(series.getKey(), series.getValue()).keySet().stream()
                    .min(Long::compare);
            if (first.isPresent()) {
                return new ConflictException(TimeseriesService.duplicate(eventTypes.get(series.getKey()), first.get()));
            }
        }
        throw cause;
    }

    /**
     * Pending rows in multi-row statements, {@code onDuplicate} appended. NO_GENERATED_KEYS explicitly:
     * through Payara's pool wrapper a plain prepareStatement asks for generated keys, which costs
     * Connector/J a round trip per statement.
     */
    private void upsert(String onDuplicate, List<Pending> pending) throws SQLException {
        for (int from = 0; from < pending.size(); from += ROWS_PER_STATEMENT) {
            List<Pending> chunk = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT_ROWS + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)"))
                    + onDuplicate;
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                int index = 1;
                for (Pending row : chunk) {
                    bindRow(statement, index, row.seriesId(), row.row());
                    index += 6;
                }
                statement.executeUpdate();
            }
        }
        pending.clear();
    }

    /**
     * The rows at these times (by series), locked for update, by series. One statement: a disjunction of
     * primary-key equalities, which MariaDB reads as that many index lookups (a row-constructor IN list
     * is not certain to be, and a scan here would lock the table).
     *
     * <p>Pending insertions of a few rows are looked up in the same statement: one found is the 409 the
     * insert would have raised; the others cannot collide at {@link #flush()}, since every writer of their
     * series waits for this request's lock on its {@code ps_series} row (TimeseriesService.store), so they
     * join the upserts, and the request sends one statement fewer (a pScheduler latency result: its counts
     * go with its histograms' bins).
     */
    Map<Long, Map<Long, Row>> selectForUpdate(Map<Long, ? extends Collection<Long>> timesBySeries) throws SQLException {
        boolean claimInsertions = !insertions.isEmpty() && insertions.size() < BULK_ROWS;
        Map<Long, Map<Long, Row>> rows = new HashMap<>();
        List<long[]> keys = new ArrayList<>();
        timesBySeries.forEach((seriesId, times) -> times.forEach(ts -> keys.add(new long[] {seriesId, ts})));
        if (claimInsertions) {
            insertions.forEach(p -> keys.add(new long[] {p.seriesId(), p.row().ts()}));
        }
        for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
            List<long[]> chunk = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT));
            String sql = "SELECT series_id, ts, num, den, cnt, doc FROM ps_point WHERE "
                    + String.join(" OR ", Collections.nCopies(chunk.size(), "(series_id = ? AND ts = ?)")) + " FOR UPDATE";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int index = 1;
                for (long[] key : chunk) {
                    select.setLong(index++, key[0]);
                    select.setLong(index++, key[1]);
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getLong(2), row(row, 2));
                    }
                }
            }
        }
        if (claimInsertions) {
            claimInsertions(rows);
        }
        return rows;
    }

    /** The pending insertions, found absent in {@code stored} (as read under lock), as upserts; else the 409. */
    private void claimInsertions(Map<Long, Map<Long, Row>> stored) {
        Map<Long, Long> earliestFound = new LinkedHashMap<>(); // by series, in the order they were queued
        for (Pending pending : insertions) {
            Map<Long, Row> existing = stored.get(pending.seriesId());
            if (existing != null && existing.containsKey(pending.row().ts())) {
                earliestFound.merge(pending.seriesId(), pending.row().ts(), Math::min);
            }
        }
        if (!earliestFound.isEmpty()) {
            Map.Entry<Long, Long> first = earliestFound.entrySet().iterator().next();
            throw new ConflictException(TimeseriesService.duplicate(eventTypes.get(first.getKey()), first.getValue()));
        }
        upserts.addAll(insertions);
        insertions.clear();
    }

    /** Something done with each row of a range, as the database sends it. */
    @FunctionalInterface
    interface RowSink {
        void accept(Row row) throws IOException;
    }

    /** Hands the rows of a range to {@code sink} one by one, oldest first: memory stays flat whatever the range. */
    void range(long seriesId, long start, long end, int limit, int offset, RowSink sink) throws SQLException, IOException {
        try (PreparedStatement select = connection.prepareStatement("SELECT ts, num, den, cnt, doc FROM ps_point"
                + " WHERE series_id = ? AND ts BETWEEN ? AND ? ORDER BY ts LIMIT ? OFFSET ?",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(FETCH_SIZE);
            select.setLong(1, seriesId);
            select.setLong(2, start);
            select.setLong(3, end);
            select.setInt(4, limit);
            select.setInt(5, offset);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    sink.accept(row(row));
                }
            }
        }
    }

    /** Sets the series' time-updated, which also locks their rows until the commit (TimeseriesService.store). */
    void touch(Collection<Long> seriesIds, long now) throws SQLException {
        try (Statement update = connection.createStatement()) {
            update.executeUpdate(touchStatement(seriesIds, now));
        }
    }

    /**
     * {@link #touch} as one plain statement, for {@code LocalTransaction} to send with its BEGIN. Its
     * values are numbers written by {@link Long#toString}: nothing from a request reaches it as text.
     */
    static String touchStatement(Collection<Long> seriesIds, long now) {
        if (seriesIds.isEmpty()) {
            throw new IllegalArgumentException("no series to touch");
        }
        StringBuilder sql = new StringBuilder(64 + 12 * seriesIds.size())
                .append("UPDATE ps_series SET time_updated = ").append(now).append(" WHERE id IN (");
        String separator = "";
        for (long id : seriesIds) {
            sql.append(separator).append(id);
            separator = ",";
        }
        return sql.append(')').toString();
    }

    /**
     * Many rows as one JDBC batch, which Connector/J sends with MariaDB's bulk protocol: for a bulk PUT
     * of 1000 points that cost MariaDB less CPU than the same rows as multi-row statements (bin/bench
     * archive), which win for the few rows of a pScheduler result. NO_GENERATED_KEYS: see {@link #upsert}.
     */
    private void bulkInsert(List<Pending> pending) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_ROWS + "(?, ?, ?, ?, ?, ?)",
                Statement.NO_GENERATED_KEYS)) {
            for (Pending row : pending) {
                bindRow(statement, 1, row.seriesId(), row.row());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        pending.clear();
    }

    /** Binds one row's six columns from parameter {@code first} on. */
    private static void bindRow(PreparedStatement statement, int first, long seriesId, Row row) throws SQLException {
        statement.setLong(first, seriesId);
        statement.setLong(first + 1, row.ts());
        setDouble(statement, first + 2, row.num());
        setDouble(statement, first + 3, row.den());
        if (row.cnt() == null) {
            statement.setNull(first + 4, Types.BIGINT);
        } else {
            statement.setLong(first + 4, row.cnt());
        }
        statement.setString(first + 5, row.doc());
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        return row(row, 1);
    }

    /** The row whose (ts, num, den, cnt, doc) start at column {@code first}. */
    private static Row row(ResultSet row, int first) throws SQLException {
        double num = row.getDouble(first + 1);
        Double numValue = row.wasNull() ? null : num;
        double den = row.getDouble(first + 2);
        Double denValue = row.wasNull() ? null : den;
        long cnt = row.getLong(first + 3);
        Long cntValue = row.wasNull() ? null : cnt;
        return new Row(row.getLong(first), numValue, denValue, cntValue, row.getString(first + 4));
    }
}
