package org.psarchive.archive.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.summary.Histogram;
import org.psarchive.archive.summary.HistogramStatistics;
import org.psarchive.platform.db.DataAccessTest;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.error.ConflictException;

/**
 * A write of one event type into its base series and summaries, as {@code TimeseriesService} makes it
 * (one {@link PointTable} per request, flushed at the end, in a transaction), on MariaDB and H2.
 */
class SeriesWriterIT extends DataAccessTest {

    @ParameterizedTest
    @MethodSource("kinds")
    void mergesHistogramsIntoTheirAggregationBinAndReplacesARepostedPoint(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            List<Metadata.Series> series = series(connection, "histogram-owdelay",
                    List.of(SummaryType.AGGREGATION, SummaryType.STATISTICS), 3600);
            write(connection, "histogram-owdelay", series, Map.of(100L, histogram(Map.of("1", 2L))));
            write(connection, "histogram-owdelay", series, Map.of(200L, histogram(Map.of("1", 1L, "2", 3L))));
            write(connection, "histogram-owdelay", series, Map.of(100L, histogram(Map.of("5", 1L)))); // replaces 100

            Histogram bin = Histogram.of(Map.of("1", 1L, "2", 3L, "5", 1L));
            assertEquals(List.of(bin), histograms(connection, series.get(1)), "the aggregation bin counts each point once");
            assertEquals(List.of(Histogram.of(Map.of("5", 1L)), Histogram.of(Map.of("1", 1L, "2", 3L))),
                    histograms(connection, series.get(0)));
            assertEquals(List.of(HistogramStatistics.of(bin).orElseThrow().toJsonText()),
                    rows(connection, series.get(2)).stream().map(PointTable.Row::doc).toList(),
                    "the statistics follow the aggregation of their window");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void addsNumericPointsToAggregationAndAverageBins(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            List<Metadata.Series> series = series(connection, "throughput",
                    List.of(SummaryType.AGGREGATION, SummaryType.AVERAGE), 300);
            write(connection, "throughput", series, Map.of(0L, new PointValue.Numeric(10), 120L, new PointValue.Numeric(20)));
            write(connection, "throughput", series, Map.of(240L, new PointValue.Numeric(30), 300L, new PointValue.Numeric(5)));

            assertEquals(List.of(new PointTable.Row(0, 60.0, null, null, null), new PointTable.Row(300, 5.0, null, null, null)),
                    rows(connection, series.get(1)));
            assertEquals(List.of(new PointTable.Row(0, 60.0, null, 3L, null), new PointTable.Row(300, 5.0, null, 1L, null)),
                    rows(connection, series.get(2)));
            assertEquals(4, rows(connection, series.get(0)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void keepsEachWindowsMinimumAndMaximumWithTheTimeOfTheirBasePointAcrossWrites(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            List<Metadata.Series> series = series(connection, "interface-octets-in",
                    List.of(SummaryType.MINIMUM, SummaryType.MAXIMUM), 300);
            write(connection, "interface-octets-in", series, Map.of(0L, new PointValue.Numeric(10), 30L, new PointValue.Numeric(20),
                    300L, new PointValue.Numeric(7)));
            // a later write: a new maximum in the first window, a tie of its minimum (later: the first time stays),
            // and a new minimum in the second
            write(connection, "interface-octets-in", series, Map.of(60L, new PointValue.Numeric(25), 90L, new PointValue.Numeric(10),
                    330L, new PointValue.Numeric(3), 360L, new PointValue.Numeric(3)));

            assertEquals(List.of(new PointTable.Row(0, 10.0, null, 0L, null), new PointTable.Row(300, 3.0, null, 330L, null)),
                    rows(connection, series.get(1)), "minimums and their times");
            assertEquals(List.of(new PointTable.Row(0, 25.0, null, 60L, null), new PointTable.Row(300, 7.0, null, 300L, null)),
                    rows(connection, series.get(2)), "maximums and their times");
            assertEquals(7, rows(connection, series.get(0)).size());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anEarlierTimeWinsATieOfTheStoredExtreme(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            List<Metadata.Series> series = series(connection, "interface-errors-out", List.of(SummaryType.MAXIMUM), 3600);
            write(connection, "interface-errors-out", series, Map.of(600L, new PointValue.Numeric(4)));
            write(connection, "interface-errors-out", series, Map.of(300L, new PointValue.Numeric(4))); // posted late

            assertEquals(List.of(new PointTable.Row(0, 4.0, null, 300L, null)), rows(connection, series.get(1)));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aDuplicateNumericPointLeavesTheBaseAndItsSummariesAsTheyWere(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            List<Metadata.Series> series = series(connection, "packet-count-sent", List.of(SummaryType.AGGREGATION), 3600);
            write(connection, "packet-count-sent", series, Map.of(60L, new PointValue.Numeric(1)));

            ConflictException refused = assertThrows(ConflictException.class, () -> write(connection, "packet-count-sent",
                    series, Map.of(120L, new PointValue.Numeric(2), 60L, new PointValue.Numeric(3))));

            assertEquals("Time series value already exists for packet-count-sent at 60.", refused.getMessage());
            assertEquals(List.of(new PointTable.Row(60, 1.0, null, null, null)), rows(connection, series.get(0)));
            assertEquals(List.of(new PointTable.Row(0, 1.0, null, null, null)), rows(connection, series.get(1)));
        }
    }

    /** A base series and one summary of each type in {@code summaries} at {@code window}, base first. */
    private static List<Metadata.Series> series(Connection connection, String eventType, List<SummaryType> summaries,
            long window) throws SQLException {
        long metadata = ArchiveRows.metadata(connection);
        List<Metadata.Series> series = new ArrayList<>();
        series.add(new Metadata.Series(ArchiveRows.series(connection, metadata, eventType, "base", 0, null),
                SeriesKey.base(eventType), null));
        for (SummaryType summary : summaries) {
            series.add(new Metadata.Series(ArchiveRows.series(connection, metadata, eventType, summary.wireName(), window,
                    null), new SeriesKey(eventType, summary, window), null));
        }
        return series;
    }

    /** One request's points, written as TimeseriesService.writeCommitted writes them. */
    private static void write(Connection connection, String eventType, List<Metadata.Series> series,
            Map<Long, PointValue> points) throws SQLException {
        LocalTransaction.run(connection, PointTable.touchStatement(List.of(series.get(0).id()), 1), () -> {
            PointTable table = new PointTable(connection);
            new SeriesWriter(table, EventTypes.require(eventType), series).write(new TreeMap<>(points));
            table.flush();
            return null;
        });
    }

    private static PointValue histogram(Map<String, Long> buckets) {
        return new PointValue.HistogramValue(buckets);
    }

    private static List<Histogram> histograms(Connection connection, Metadata.Series series) throws SQLException {
        return rows(connection, series).stream().map(row -> Histogram.parse(row.doc())).toList();
    }

    private static List<PointTable.Row> rows(Connection connection, Metadata.Series series) throws SQLException {
        List<PointTable.Row> rows = new ArrayList<>();
        try {
            new PointTable(connection).range(series.id(), 0, Long.MAX_VALUE, 10_000, 0, rows::add);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
