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
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@code ps_point}, one statement per batch: the time-series hot path. Rows are keyed by
 * (series_id, ts), the table's clustering key, so every statement here touches only the rows it names.
 */
final class PointTable {

    /** Rows a read fetches at a time: Connector/J then streams a long range instead of loading it whole. */
    static final int FETCH_SIZE = 1000;

    /** A stored row: numbers for numeric series, a JSON document for the others. */
    record Row(long ts, Double num, Double den, Long cnt, String doc) {
    }

    private static final String INSERT_ROWS = "INSERT INTO ps_point (series_id, ts, num, den, cnt, doc) VALUES ";
    private static final String REPLACE = " ON DUPLICATE KEY UPDATE num = VALUES(num), den = VALUES(den),"
            + " cnt = VALUES(cnt), doc = VALUES(doc)";
    private static final String ADD = " ON DUPLICATE KEY UPDATE num = COALESCE(num, 0) + VALUES(num),"
            + " den = COALESCE(den, 0) + VALUES(den), cnt = COALESCE(cnt, 0) + VALUES(cnt)";
    /** Rows per statement: 6 parameters each, well below the protocol's 65,535. */
    static final int ROWS_PER_STATEMENT = 500;

    private record Pending(long seriesId, Row row) {
    }

    private final List<Pending> replacements = new ArrayList<>();
    private final List<Pending> additions = new ArrayList<>();

    private final Connection connection;

    PointTable(Connection connection) {
        this.connection = connection;
    }

    /** The rows of one series at these times, locked for update when asked. */
    Map<Long, Row> select(long seriesId, Collection<Long> times, boolean lock) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        if (times.isEmpty()) {
            return rows;
        }
        String sql = "SELECT ts, num, den, cnt, doc FROM ps_point WHERE series_id = ? AND ts IN ("
                + String.join(",", Collections.nCopies(times.size(), "?")) + ")" + (lock ? " FOR UPDATE" : "");
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
    static boolean isDuplicateKey(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Inserts new rows; a row that exists already is a duplicate key error. */
    void insert(long seriesId, List<Row> rows) throws SQLException {
        batch("INSERT INTO ps_point (series_id, ts, num, den, cnt, doc) VALUES (?, ?, ?, ?, ?, ?)", seriesId, rows);
    }

    /**
     * Inserts rows or replaces existing ones at the same times, at {@link #flush()}: nothing in a
     * request reads back what it replaces, and all series' rows then go in one statement.
     */
    void replace(long seriesId, List<Row> rows) {
        rows.forEach(row -> replacements.add(new Pending(seriesId, row)));
    }

    /**
     * Adds to the numbers of existing rows, or inserts them, at {@link #flush()}: atomic in the database,
     * so concurrent writers of the same summary bin never lose each other's contribution.
     */
    void add(long seriesId, List<Row> rows) {
        rows.forEach(row -> additions.add(new Pending(seriesId, row)));
    }

    /**
     * Sends the pending replacements and additions of every series, as multi-row statements: MariaDB
     * 10.11 runs a batch of upserts as one statement per row, and a pScheduler result touches some
     * twenty summary series with a row each (bin/bench archive).
     */
    void flush() throws SQLException {
        upsert(REPLACE, replacements);
        upsert(ADD, additions);
    }

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

    /** Creates empty rows where none exist, so that they can be locked and then updated. */
    void ensure(long seriesId, Collection<Long> times) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_point (series_id, ts) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE ts = ts", Statement.NO_GENERATED_KEYS)) {
            for (Long ts : times) {
                insert.setLong(1, seriesId);
                insert.setLong(2, ts);
                insert.addBatch();
            }
            insert.executeBatch();
        }
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

    void touch(Collection<Long> seriesIds, long now) throws SQLException {
        if (seriesIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_series SET time_updated = ? WHERE id IN ("
                + String.join(",", Collections.nCopies(seriesIds.size(), "?")) + ")")) {
            update.setLong(1, now);
            int index = 2;
            for (Long id : seriesIds) {
                update.setLong(index++, id);
            }
            update.executeUpdate();
        }
    }

    private void batch(String sql, long seriesId, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        // NO_GENERATED_KEYS explicitly: through Payara's pool wrapper a plain prepareStatement asks for
        // generated keys, and Connector/J then sends a batch row by row instead of as one bulk command
        // (measured by bin/bench archive: 1031 statements per 1000-point PUT, 16 with this).
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
            for (Row row : rows) {
                bindRow(statement, 1, seriesId, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
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
        double num = row.getDouble(2);
        Double numValue = row.wasNull() ? null : num;
        double den = row.getDouble(3);
        Double denValue = row.wasNull() ? null : den;
        long cnt = row.getLong(4);
        Long cntValue = row.wasNull() ? null : cnt;
        return new Row(row.getLong(1), numValue, denValue, cntValue, row.getString(5));
    }
}
