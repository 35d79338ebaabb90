package org.psarchive.archive.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psarchive.archive.metadata.SeriesKey;

/**
 * The SQL of imports on one connection (the caller's, in the caller's transaction): jobs
 * ({@code ps_import_job}), per-series high-water marks ({@code ps_import_mark}), and the points an
 * import sets in {@code ps_point}. An imported point is <em>set</em>, never added: a replayed batch
 * writes the same values again and a summary bin holds the source's value, not a sum of copies.
 */
final class ImportStore {

    /** A series' high-water mark: copied up to and including {@code lastTs}. */
    record Mark(long lastTs, long points, boolean complete) {
    }

    /** A point as stored: numbers for numeric series, a JSON document for the others. */
    record Point(long ts, Double num, Double den, Long cnt, String doc) {
    }

    private static final String JOB_COLUMNS = "id, source_url, api_key, since_ts, until_ts, metadata_only, state,"
            + " next_offset, records_total, records_done, records_skipped, series_done, points_done, requests, message,"
            + " created_at, updated_at";
    static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;

    ImportStore(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    long create(ImportJob.Request request, long now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_import_job (source_url, api_key,"
                + " since_ts, until_ts, metadata_only, state, next_offset, records_total, records_done, records_skipped,"
                + " series_done, points_done, requests, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.source());
            // never the key itself: only that one was given (ImportJobs keeps it in memory)
            insert.setString(2, request.apiKey() == null || request.apiKey().isBlank() ? null : ImportJob.KEY_GIVEN);
            if (request.since() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, request.since());
            }
            insert.setLong(4, request.until());
            insert.setBoolean(5, request.metadataOnly());
            insert.setString(6, ImportState.QUEUED.wireName());
            insert.setLong(7, now);
            insert.setLong(8, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<ImportJob> job(long id) throws SQLException {
        List<ImportJob> jobs = jobs("WHERE id = " + id);
        return jobs.stream().findFirst();
    }

    /** Every job, newest first. */
    List<ImportJob> all() throws SQLException {
        return jobs("ORDER BY id DESC");
    }

    /** The jobs left active, e.g. by a restart. */
    List<ImportJob> active() throws SQLException {
        return jobs("WHERE state IN ('queued', 'running') ORDER BY id");
    }

    private List<ImportJob> jobs(String where) throws SQLException {
        List<ImportJob> jobs = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("SELECT " + JOB_COLUMNS + " FROM ps_import_job " + where)) {
            while (row.next()) {
                long since = row.getLong(4);
                Long sinceValue = row.wasNull() ? null : since;
                jobs.add(new ImportJob(row.getLong(1), row.getString(2), row.getString(3), sinceValue, row.getLong(5),
                        row.getBoolean(6), ImportState.fromWireName(row.getString(7)), row.getLong(8), row.getLong(9),
                        row.getLong(10), row.getLong(11), row.getLong(12), row.getLong(13), row.getLong(14),
                        row.getString(15), row.getLong(16), row.getLong(17)));
            }
        }
        return jobs;
    }

    /** Moves a job from one of {@code from} to {@code to}; whether it was in one of them. */
    boolean transition(long id, List<ImportState> from, ImportState to, String message, long now) throws SQLException {
        String in = String.join(",", Collections.nCopies(from.size(), "?"));
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_import_job SET state = ?, message = ?,"
                + " updated_at = ? WHERE id = ? AND state IN (" + in + ")")) {
            update.setString(1, to.wireName());
            update.setString(2, message == null ? null : message.substring(0, Math.min(message.length(), 2000)));
            update.setLong(3, now);
            update.setLong(4, id);
            for (int i = 0; i < from.size(); i++) {
                update.setString(5 + i, from.get(i).wireName());
            }
            return update.executeUpdate() > 0;
        }
    }

    /** Adds to a job's counters (never touching its state, which a cancel may have changed meanwhile). */
    void progress(long id, long recordsDone, long recordsSkipped, long seriesDone, long pointsDone, long requests,
            long now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_import_job SET records_done ="
                + " records_done + ?, records_skipped = records_skipped + ?, series_done = series_done + ?,"
                + " points_done = points_done + ?, requests = requests + ?, updated_at = ? WHERE id = ?")) {
            update.setLong(1, recordsDone);
            update.setLong(2, recordsSkipped);
            update.setLong(3, seriesDone);
            update.setLong(4, pointsDone);
            update.setLong(5, requests);
            update.setLong(6, now);
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    /** The metadata page a job goes on with, and the source's record count as last seen. */
    void page(long id, long nextOffset, long recordsTotal) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_import_job SET next_offset = ?,"
                + " records_total = ? WHERE id = ?")) {
            update.setLong(1, nextOffset);
            update.setLong(2, recordsTotal);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    void recordsDone(long id, long recordsDone) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_import_job SET records_done = ?"
                + " WHERE id = ?")) {
            update.setLong(1, recordsDone);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    void message(long id, String message) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_import_job SET message = ? WHERE id = ?")) {
            update.setString(1, message.substring(0, Math.min(message.length(), 2000)));
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    Optional<Mark> mark(long jobId, String key, SeriesKey series) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_ts, points, complete FROM ps_import_mark"
                + " WHERE job_id = ? AND metadata_key = ? AND event_type = ? AND summary_type = ? AND summary_window = ?")) {
            bindSeries(select, jobId, key, series);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new Mark(row.getLong(1), row.getLong(2), row.getBoolean(3))) : Optional.empty();
            }
        }
    }

    void setMark(long jobId, String key, SeriesKey series, Mark mark) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO ps_import_mark (job_id, metadata_key,"
                + " event_type, summary_type, summary_window, last_ts, points, complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE last_ts = VALUES(last_ts), points = VALUES(points), complete = VALUES(complete)")) {
            bindSeries(upsert, jobId, key, series);
            upsert.setLong(6, mark.lastTs());
            upsert.setLong(7, mark.points());
            upsert.setBoolean(8, mark.complete());
            upsert.executeUpdate();
        }
    }

    private static void bindSeries(PreparedStatement statement, long jobId, String key, SeriesKey series)
            throws SQLException {
        statement.setLong(1, jobId);
        statement.setString(2, key);
        statement.setString(3, series.eventType());
        statement.setString(4, series.summaryType().wireName());
        statement.setLong(5, series.window());
    }

    /** Sets these points of a series: inserted, or replacing what is stored at their times. */
    void setPoints(long seriesId, List<Point> points) throws SQLException {
        for (int from = 0; from < points.size(); from += ROWS_PER_STATEMENT) {
            List<Point> chunk = points.subList(from, Math.min(points.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO ps_point (series_id, ts, num, den, cnt, doc) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE num = VALUES(num), den = VALUES(den), cnt = VALUES(cnt), doc = VALUES(doc)";
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                int index = 1;
                for (Point point : chunk) {
                    insert.setLong(index++, seriesId);
                    insert.setLong(index++, point.ts());
                    setDouble(insert, index++, point.num());
                    setDouble(insert, index++, point.den());
                    if (point.cnt() == null) {
                        insert.setNull(index++, Types.BIGINT);
                    } else {
                        insert.setLong(index++, point.cnt());
                    }
                    insert.setString(index++, point.doc());
                }
                insert.executeUpdate();
            }
        }
    }

    /** The numbers stored in a series at these times (for percentages rebuilt from counts). */
    Map<Long, Double> numbersAt(long seriesId, long start, long end) throws SQLException {
        Map<Long, Double> numbers = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ts, num FROM ps_point WHERE series_id = ?"
                + " AND ts BETWEEN ? AND ?")) {
            select.setLong(1, seriesId);
            select.setLong(2, start);
            select.setLong(3, end);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double num = row.getDouble(2);
                    if (!row.wasNull()) {
                        numbers.put(row.getLong(1), num);
                    }
                }
            }
        }
        return numbers;
    }

    /** The points stored in a series within a range, oldest first. */
    List<Point> points(long seriesId, long start, long end) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ts, num, den, cnt, doc FROM ps_point"
                + " WHERE series_id = ? AND ts BETWEEN ? AND ? ORDER BY ts")) {
            select.setLong(1, seriesId);
            select.setLong(2, start);
            select.setLong(3, end);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    double num = row.getDouble(2);
                    Double numValue = row.wasNull() ? null : num;
                    double den = row.getDouble(3);
                    Double denValue = row.wasNull() ? null : den;
                    long cnt = row.getLong(4);
                    Long cntValue = row.wasNull() ? null : cnt;
                    points.add(new Point(row.getLong(1), numValue, denValue, cntValue, row.getString(5)));
                }
            }
        }
        return points;
    }

    /** The times stored in a series within a range. */
    List<Long> times(long seriesId, long start, long end) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ts FROM ps_point WHERE series_id = ?"
                + " AND ts BETWEEN ? AND ? ORDER BY ts")) {
            select.setLong(1, seriesId);
            select.setLong(2, start);
            select.setLong(3, end);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    times.add(row.getLong(1));
                }
            }
        }
        return times;
    }

    /**
     * Sets the time-updated of an event type (kept on its base series) to the source's, unless the
     * series was written later (a host archiving here after the cut-over): never moved backwards.
     */
    void timeUpdated(long baseSeriesId, long timeUpdated) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE ps_series SET time_updated = ?"
                + " WHERE id = ? AND (time_updated IS NULL OR time_updated < ?)")) {
            update.setLong(1, timeUpdated);
            update.setLong(2, baseSeriesId);
            update.setLong(3, timeUpdated);
            update.executeUpdate();
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
