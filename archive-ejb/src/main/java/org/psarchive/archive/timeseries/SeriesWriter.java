package org.psarchive.archive.timeseries;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.psarchive.archive.eventtype.DataType;
import org.psarchive.archive.eventtype.EventType;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.summary.Histogram;
import org.psarchive.archive.summary.HistogramStatistics;

/**
 * Writes the points of one event type of one metadata record into its base series and every summary
 * series registered for it (esmond computed summaries at write time; so do we).
 *
 * <ul>
 * <li>integer, float, percentage: a base point may be written once (409 otherwise); aggregations and
 * averages are added to their bins atomically in the database; minimums and maximums (the SNMP collector's
 * rates) keep the lower or higher value and its base point's time, likewise atomically.
 * <li>histogram: a re-posted point replaces the old one, and its aggregation bins receive the
 * difference, so nothing is counted twice; statistics follow the aggregation of the same window, or the
 * point itself where no such aggregation is registered.
 * <li>subinterval, json: stored as posted, replacing an earlier point at the same time.
 * </ul>
 */
final class SeriesWriter {

    private final PointTable table;
    private final EventType type;
    private final List<Metadata.Series> series;

    SeriesWriter(PointTable table, EventType type, List<Metadata.Series> series) {
        this.table = table;
        this.type = type;
        this.series = series;
    }

    static boolean isNumeric(DataType dataType) {
        return dataType == DataType.INTEGER || dataType == DataType.FLOAT || dataType == DataType.PERCENTAGE;
    }

    void write(TreeMap<Long, PointValue> points) throws SQLException {
        Metadata.Series base = summary(SummaryType.BASE, 0).orElseThrow();
        switch (type.dataType()) {
            case INTEGER, FLOAT, PERCENTAGE -> writeNumeric(base, points);
            case HISTOGRAM -> writeHistograms(base, points);
            case SUBINTERVAL, JSON -> table.replace(base.id(), documents(points));
        }
    }

    private void writeNumeric(Metadata.Series base, TreeMap<Long, PointValue> points) throws SQLException {
        List<PointTable.Row> rows = new ArrayList<>();
        points.forEach((ts, value) -> rows.add(numericRow(ts, value, null)));
        table.insert(base.id(), type.name(), rows);
        for (Metadata.Series summary : series) {
            if (summary.key().isBase()) {
                continue;
            }
            SummaryType summaryType = summary.key().summaryType();
            Map<Long, PointTable.Row> bins = new TreeMap<>();
            for (Map.Entry<Long, PointValue> point : points.entrySet()) {
                long bin = TimeseriesService.bin(point.getKey(), summary.key().window());
                if (summaryType.isExtreme()) {
                    // the value and, in cnt, the time of the base point it came from (esmond's m_ts)
                    PointTable.Row row = new PointTable.Row(bin, ((PointValue.Numeric) point.getValue()).value(), null,
                            point.getKey(), null);
                    bins.merge(bin, row, summaryType == SummaryType.MINIMUM ? SeriesWriter::lower : SeriesWriter::higher);
                } else {
                    Long count = summaryType == SummaryType.AVERAGE ? 1L : null;
                    bins.merge(bin, numericRow(bin, point.getValue(), count), SeriesWriter::sum);
                }
            }
            if (summaryType.isExtreme()) {
                table.extreme(summary.id(), summaryType == SummaryType.MINIMUM, new ArrayList<>(bins.values()));
            } else {
                table.add(summary.id(), new ArrayList<>(bins.values()));
            }
        }
    }

    private void writeHistograms(Metadata.Series base, TreeMap<Long, PointValue> points) throws SQLException {
        List<Metadata.Series> aggregations = summaries(SummaryType.AGGREGATION);
        // With aggregations, their bins are read in one statement with the base points being replaced
        // (whose histograms leave the bins), and rewritten with the request's other rows at flush.
        // Without, nothing needs reading. No other writer can come between the read and the flush: the
        // request holds the locks of all these series' ps_series rows (TimeseriesService.store).
        Map<Long, Map<Long, PointTable.Row>> current = Map.of();
        if (!aggregations.isEmpty()) {
            Map<Long, Set<Long>> timesBySeries = new TreeMap<>();
            timesBySeries.put(base.id(), points.keySet());
            for (Metadata.Series aggregation : aggregations) {
                Set<Long> bins = new TreeSet<>();
                points.keySet().forEach(ts -> bins.add(TimeseriesService.bin(ts, aggregation.key().window())));
                timesBySeries.put(aggregation.id(), bins);
            }
            current = table.selectForUpdate(timesBySeries);
        }
        Map<Long, PointTable.Row> replaced = current.getOrDefault(base.id(), Map.of());
        List<PointTable.Row> rows = new ArrayList<>();
        points.forEach((ts, value) -> rows.add(new PointTable.Row(ts, null, null, null, TimeseriesService.json(histogram(value)))));
        table.replace(base.id(), rows);

        Map<Long, Map<Long, Histogram>> aggregatedByWindow = new TreeMap<>();
        for (Metadata.Series aggregation : aggregations) {
            long window = aggregation.key().window();
            Map<Long, Histogram> removed = new TreeMap<>();
            Map<Long, Histogram> added = new TreeMap<>();
            for (Map.Entry<Long, PointValue> point : points.entrySet()) {
                long bin = TimeseriesService.bin(point.getKey(), window);
                PointTable.Row old = replaced.get(point.getKey());
                if (old != null) {
                    removed.merge(bin, TimeseriesService.histogram(old.doc()), Histogram::plus);
                }
                added.merge(bin, histogram(point.getValue()), Histogram::plus);
            }
            aggregatedByWindow.put(window, rewriteBins(aggregation.id(), current.getOrDefault(aggregation.id(), Map.of()),
                    removed, added));
        }
        for (Metadata.Series statistics : summaries(SummaryType.STATISTICS)) {
            long window = statistics.key().window();
            Map<Long, Histogram> source = aggregatedByWindow.get(window);
            if (source == null) {
                source = new TreeMap<>();
                for (Map.Entry<Long, PointValue> point : points.entrySet()) {
                    source.put(TimeseriesService.bin(point.getKey(), window), histogram(point.getValue())); // latest wins
                }
            }
            List<PointTable.Row> stats = new ArrayList<>();
            source.forEach((bin, histogram) -> stats.add(new PointTable.Row(bin, null, null, null,
                    HistogramStatistics.of(histogram).map(TimeseriesService::json).orElse("{}"))));
            table.replace(statistics.id(), stats);
        }
    }

    /**
     * A bin's new histogram is the stored one minus the points replaced plus the points written. Bucket
     * arithmetic cannot be done in SQL, so the bins were read before this, under the series' locks.
     */
    private Map<Long, Histogram> rewriteBins(long seriesId, Map<Long, PointTable.Row> current, Map<Long, Histogram> removed,
            Map<Long, Histogram> added) {
        Map<Long, Histogram> updated = new TreeMap<>();
        List<PointTable.Row> rows = new ArrayList<>();
        added.forEach((bin, histogram) -> {
            PointTable.Row row = current.get(bin);
            Histogram sum = TimeseriesService.histogram(row == null ? null : row.doc())
                    .minus(removed.getOrDefault(bin, Histogram.EMPTY)).plus(histogram);
            updated.put(bin, sum);
            rows.add(new PointTable.Row(bin, null, null, null, TimeseriesService.json(sum)));
        });
        table.replace(seriesId, rows);
        return updated;
    }

    private static PointTable.Row numericRow(long ts, PointValue value, Long count) {
        if (value instanceof PointValue.Ratio ratio) {
            return new PointTable.Row(ts, (double) ratio.numerator(), (double) ratio.denominator(), count, null);
        }
        return new PointTable.Row(ts, ((PointValue.Numeric) value).value(), null, count, null);
    }

    private static PointTable.Row sum(PointTable.Row a, PointTable.Row b) {
        return new PointTable.Row(a.ts(), a.num() + b.num(), a.den() == null ? null : a.den() + b.den(),
                a.cnt() == null ? null : a.cnt() + b.cnt(), null);
    }

    /** The lower of two extreme rows (the earlier on a tie), as PointTable's upsert keeps it. */
    private static PointTable.Row lower(PointTable.Row a, PointTable.Row b) {
        return b.num() < a.num() || b.num().equals(a.num()) && b.cnt() < a.cnt() ? b : a;
    }

    private static PointTable.Row higher(PointTable.Row a, PointTable.Row b) {
        return b.num() > a.num() || b.num().equals(a.num()) && b.cnt() < a.cnt() ? b : a;
    }

    private static Histogram histogram(PointValue value) {
        return Histogram.of(((PointValue.HistogramValue) value).buckets());
    }

    private static List<PointTable.Row> documents(TreeMap<Long, PointValue> points) {
        List<PointTable.Row> rows = new ArrayList<>();
        points.forEach((ts, value) -> rows.add(new PointTable.Row(ts, null, null, null, value.toJson().toString())));
        return rows;
    }

    private Optional<Metadata.Series> summary(SummaryType summaryType, long window) {
        return series.stream().filter(s -> s.key().summaryType() == summaryType && s.key().window() == window).findFirst();
    }

    private List<Metadata.Series> summaries(SummaryType summaryType) {
        return series.stream().filter(s -> s.key().summaryType() == summaryType).toList();
    }
}
