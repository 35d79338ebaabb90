package org.psarchive.archive.timeseries;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.psarchive.archive.eventtype.DataType;
import org.psarchive.archive.eventtype.EventType;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.archive.eventtype.PointValues;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.summary.Histogram;
import org.psarchive.archive.summary.HistogramStatistics;
import org.psarchive.archive.summary.NumericSummary;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * Writes points and the summaries they feed, and reads any series back. A write is one transaction:
 * every point of a request is stored with all its summaries, or (on a 400 or 409) nothing is.
 */
@Stateless
public class TimeseriesService {

    @Inject
    private Clock clock;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Stores the points of one request in the caller's transaction. Points of event types the metadata
     * does not register are dropped, as esmond does: pScheduler sends some it never registers and
     * expects success.
     */
    public void write(Metadata metadata, List<DataPoint> points) {
        write(metadata, points, false);
    }

    /** The points of one record, for {@link #writeAll}. */
    public record RecordPoints(Metadata metadata, List<DataPoint> points) {
    }

    /**
     * The points of several records in the caller's transaction, as one write: every base series touched
     * in one statement (in id order, as {@link #store} needs), the points of all records flushed together.
     * The SNMP collector writes one poll of a router (one record per interface) this way.
     */
    public void writeAll(List<RecordPoints> batch) {
        List<Map.Entry<Metadata, Map<String, TreeMap<Long, PointValue>>>> records = new ArrayList<>();
        Set<Long> touched = new TreeSet<>();
        for (RecordPoints entry : batch) {
            Map<String, TreeMap<Long, PointValue>> values = validated(entry.metadata(), entry.points());
            values.keySet().forEach(eventType -> entry.metadata().series(SeriesKey.base(eventType))
                    .ifPresent(s -> touched.add(s.id())));
            records.add(Map.entry(entry.metadata(), values));
        }
        if (touched.isEmpty()) {
            return;
        }
        long now = DatabaseTime.now(clock).getEpochSecond();
        try (Connection connection = dataSource.getConnection()) {
            PointTable table = new PointTable(connection);
            table.touch(touched, now);
            for (Map.Entry<Metadata, Map<String, TreeMap<Long, PointValue>>> record : records) {
                storeInto(table, record.getKey(), record.getValue());
            }
            table.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("storing data points failed", e);
        }
    }

    /**
     * {@link #write}, in a transaction of its own: the esmond API's writes. A {@link LocalTransaction}
     * outside any container transaction sends two statements (BEGIN, COMMIT) where JTA on MariaDB's
     * driver sends three, and spares Payara the enlistment; pScheduler writes once per result.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeCommitted(Metadata metadata, List<DataPoint> points) {
        write(metadata, points, true);
    }

    private void write(Metadata metadata, List<DataPoint> points, boolean localTransaction) {
        Map<String, TreeMap<Long, PointValue>> values = validated(metadata, points);
        Set<Long> touched = new TreeSet<>();
        // the base series carries its event type's time-updated (Metadata.Series)
        values.keySet().forEach(eventType -> metadata.series(SeriesKey.base(eventType)).ifPresent(s -> touched.add(s.id())));
        if (touched.isEmpty()) {
            return; // only points of event types the record does not register: dropped
        }
        long now = DatabaseTime.now(clock).getEpochSecond();
        try (Connection connection = dataSource.getConnection()) {
            if (localTransaction) {
                // the touch goes in BEGIN's round trip
                LocalTransaction.run(connection, PointTable.touchStatement(touched, now), () -> {
                    store(connection, metadata, values);
                    return null;
                });
            } else {
                new PointTable(connection).touch(touched, now);
                store(connection, metadata, values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing data points failed", e);
        }
    }

    /** The points of registered event types, coerced by event type: a 400 or 409 before the first write. */
    private static Map<String, TreeMap<Long, PointValue>> validated(Metadata metadata, List<DataPoint> points) {
        Map<String, List<DataPoint>> byEventType = new LinkedHashMap<>();
        for (DataPoint point : points) {
            if (metadata.series(SeriesKey.base(point.eventType())).isPresent()) {
                byEventType.computeIfAbsent(point.eventType(), type -> new ArrayList<>()).add(point);
            }
        }
        Map<String, TreeMap<Long, PointValue>> values = new LinkedHashMap<>();
        byEventType.forEach((eventType, ofType) -> values.put(eventType, coerce(EventTypes.require(eventType), ofType)));
        return values;
    }

    /**
     * Writes the points after the base series of their event types were touched, and so locked until the
     * commit: in id order, first thing in the transaction. Every write to a summary comes with a write to
     * its base, so this serializes the writers of each series, and a histogram's bins read by SeriesWriter
     * stay as read until they are rewritten. First, because inserting points takes shared locks on their
     * series rows through the foreign key, and updating them last deadlocked two concurrent writers of
     * one record (found by bin/bench archive).
     */
    private static void store(Connection connection, Metadata metadata, Map<String, TreeMap<Long, PointValue>> values)
            throws SQLException {
        PointTable table = new PointTable(connection);
        storeInto(table, metadata, values);
        table.flush();
    }

    private static void storeInto(PointTable table, Metadata metadata, Map<String, TreeMap<Long, PointValue>> values)
            throws SQLException {
        // numbers first: their insertions then go into the histograms' locked read (PointTable.selectForUpdate)
        List<EventType> types = values.keySet().stream().map(EventTypes::require)
                .sorted(Comparator.comparing(type -> !SeriesWriter.isNumeric(type.dataType()))).toList();
        for (EventType type : types) {
            new SeriesWriter(table, type, metadata.seriesOf(type.name())).write(values.get(type.name()));
        }
    }

    /**
     * Writes the points of one series within {@code range}, oldest first, as esmond's JSON array
     * ({@code [{"ts":1700000000,"val":12.0},...]}) straight from the database to {@code out}: no JSON
     * tree, and memory stays flat however long the range (a year of 5-minute points is 105,120).
     */
    public void writeJson(Metadata.Series series, TimeRange range, int limit, int offset, Writer out) throws IOException {
        DataType dataType = EventTypes.require(series.key().eventType()).dataType();
        SummaryType summaryType = series.key().summaryType();
        try (Connection connection = dataSource.getConnection()) {
            out.write('[');
            boolean[] first = {true};
            new PointTable(connection).range(series.id(), range.start(), range.end(), limit, offset, row -> {
                out.write(first[0] ? "{\"ts\":" : ",{\"ts\":");
                first[0] = false;
                out.write(Long.toString(row.ts()));
                out.write(",\"val\":");
                out.write(valueText(dataType, summaryType, row));
                out.write('}');
            });
            out.write(']');
        } catch (SQLException e) {
            throw new IllegalStateException("reading data points failed", e);
        }
    }

    /** A numeric row as stored: a base point's value ({@code count} 0), or a summary bin's sum and count. */
    @FunctionalInterface
    public interface NumericRows {
        void accept(long ts, double num, long count);
    }

    /**
     * The numeric rows of one series within {@code range} (inclusive), oldest first, streamed to
     * {@code rows} as the database sends them: one range scan of the clustering key, memory flat however
     * long the range. For readers that compute on the numbers (the SNMP device API's min/max); rows
     * without a number are skipped.
     */
    public void readNumbers(Metadata.Series series, TimeRange range, NumericRows rows) {
        try (Connection connection = dataSource.getConnection()) {
            new PointTable(connection).range(series.id(), range.start(), range.end(), Integer.MAX_VALUE, 0, row -> {
                if (row.num() != null) {
                    rows.accept(row.ts(), row.num(), row.cnt() == null ? 0 : row.cnt());
                }
            });
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("reading data points failed", e);
        }
    }

    private static TreeMap<Long, PointValue> coerce(EventType type, List<DataPoint> points) {
        TreeMap<Long, PointValue> byTime = new TreeMap<>();
        for (DataPoint point : points) {
            PointValue value = PointValues.coerce(type.dataType(), point.value());
            if (byTime.put(point.ts(), value) != null && SeriesWriter.isNumeric(type.dataType())) {
                throw new ConflictException(duplicate(type.name(), point.ts()));
            }
        }
        return byTime;
    }

    static String duplicate(String eventType, long ts) {
        return "Time series value already exists for " + eventType + " at " + ts + ".";
    }

    /**
     * esmond's read-back forms: numbers as floats, ratios divided, averages as sum/count, documents as
     * stored (this service stores them as compact JSON text).
     */
    private static String valueText(DataType dataType, SummaryType summaryType, PointTable.Row row) {
        if (row.doc() != null) {
            return row.doc();
        }
        if (row.num() == null) {
            return summaryType == SummaryType.STATISTICS || dataType == DataType.HISTOGRAM ? "{}" : "null";
        }
        double value;
        if (summaryType == SummaryType.AVERAGE) {
            value = row.num() / row.cnt();
        } else if (dataType == DataType.PERCENTAGE) {
            value = row.num() / row.den();
        } else {
            value = row.num();
        }
        return PointValue.Numeric.jsonText(value); // esmond's float form: 7016320000.0
    }

    /** Summary bins use the helpers of the summary package; kept here to name the one rule in one place. */
    static long bin(long ts, long window) {
        return NumericSummary.bin(ts, window);
    }

    static String json(Histogram histogram) {
        return histogram.toJsonText();
    }

    static String json(HistogramStatistics statistics) {
        return statistics.toJsonText();
    }

    static Histogram histogram(String doc) {
        return doc == null ? Histogram.EMPTY : Histogram.parse(doc);
    }
}
