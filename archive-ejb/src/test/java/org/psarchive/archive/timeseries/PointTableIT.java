package org.psarchive.archive.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.platform.db.DataAccessTest;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.error.ConflictException;

/** {@code ps_point}'s SQL on MariaDB and on the embedded H2, without a server. */
class PointTableIT extends DataAccessTest {

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesADuplicateNumericPointAndStoresNothingOfTheStatement(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long series = series(connection, "packet-count-sent");
            PointTable first = new PointTable(connection);
            first.insert(series, "packet-count-sent", List.of(number(100, 1), number(200, 2)));
            first.flush();

            PointTable second = new PointTable(connection);
            second.insert(series, "packet-count-sent", List.of(number(300, 3), number(200, 9)));
            ConflictException refused = assertThrows(ConflictException.class, second::flush);

            assertEquals("Time series value already exists for packet-count-sent at 200.", refused.getMessage());
            assertEquals(List.of(number(100, 1), number(200, 2)), range(connection, series));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesADuplicateInABulkInsertAndItsTransactionLeavesNothing(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long series = series(connection, "packet-count-sent");
            PointTable first = new PointTable(connection);
            first.insert(series, "packet-count-sent", List.of(number(600, 1)));
            first.flush();
            List<PointTable.Row> rows = new ArrayList<>();
            LongStream.rangeClosed(1, PointTable.BULK_ROWS + 50).forEach(i -> rows.add(number(i * 60, i)));

            ConflictException refused = assertThrows(ConflictException.class,
                    () -> LocalTransaction.run(connection, () -> {
                        PointTable bulk = new PointTable(connection);
                        bulk.insert(series, "packet-count-sent", rows);
                        bulk.flush();
                        return null;
                    }));

            if (kind.equals("mariadb")) {
                assertEquals("Time series value already exists for packet-count-sent at 600.", refused.getMessage());
            } else {
                // H2 runs a batch row by row: the rows before the duplicate are in the transaction when the
                // 409's message looks for the earliest stored time, so it names the batch's first (known, kept)
                assertTrue(refused.getMessage().startsWith("Time series value already exists for packet-count-sent at "));
            }
            assertEquals(List.of(number(600, 1)), range(connection, series));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void addsNumbersToAStoredBinAndReplacesDocuments(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long average = series(connection, "throughput");
            long documents = series(connection, "pscheduler-raw");
            for (double value : new double[] {2.5, 4.0}) {
                PointTable table = new PointTable(connection);
                table.add(average, List.of(new PointTable.Row(3600, value, 1.0, 1L, null)));
                table.replace(documents, List.of(new PointTable.Row(60, null, null, null, "{\"v\":" + value + "}")));
                table.flush();
            }

            assertEquals(List.of(new PointTable.Row(3600, 6.5, 2.0, 2L, null)), range(connection, average));
            assertEquals(List.of(new PointTable.Row(60, null, null, null, "{\"v\":4.0}")), range(connection, documents));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readsRowsForUpdateAndTakesPendingInsertionsAlong(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long counts = series(connection, "packet-count-sent");
            long histograms = series(connection, "histogram-owdelay");
            PointTable setup = new PointTable(connection);
            setup.replace(histograms, List.of(new PointTable.Row(60, null, null, null, "{\"1\":2}")));
            setup.flush();

            Map<Long, Map<Long, PointTable.Row>> read = LocalTransaction.run(connection, () -> {
                PointTable table = new PointTable(connection);
                table.insert(counts, "packet-count-sent", List.of(number(60, 7)));
                Map<Long, Map<Long, PointTable.Row>> rows = table.selectForUpdate(Map.of(histograms, List.of(60L, 120L)));
                table.flush();
                return rows;
            });

            assertEquals(Map.of(histograms, Map.of(60L, new PointTable.Row(60, null, null, null, "{\"1\":2}"))), read);
            assertEquals(List.of(number(60, 7)), range(connection, counts), "the pending insertion was stored");

            PointTable again = new PointTable(connection);
            again.insert(counts, "packet-count-sent", List.of(number(60, 8)));
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> again.selectForUpdate(Map.of(histograms, List.of(60L))));
            assertEquals("Time series value already exists for packet-count-sent at 60.", refused.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readsARangeOldestFirstWithLimitAndOffset(String kind) throws Exception {
        try (Connection connection = databases.get(kind).getConnection()) {
            long series = series(connection, "packet-count-sent");
            PointTable table = new PointTable(connection);
            table.insert(series, "packet-count-sent", List.of(number(400, 4), number(100, 1), number(300, 3), number(200, 2)));
            table.flush();

            List<PointTable.Row> page = new ArrayList<>();
            table.range(series, 150, 400, 2, 1, page::add);

            assertEquals(List.of(number(300, 3), number(400, 4)), page);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void touchSetsTimeUpdatedOfTheNamedSeriesOnly(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long touched = series(connection, "packet-count-sent");
            long other = series(connection, "packet-count-lost");

            new PointTable(connection).touch(List.of(touched), 1_700_000_000L);

            try (var select = connection.prepareStatement("SELECT id, time_updated FROM ps_series WHERE id IN (?, ?)")) {
                select.setLong(1, touched);
                select.setLong(2, other);
                try (var rows = select.executeQuery()) {
                    int seen = 0;
                    while (rows.next()) {
                        seen++;
                        Object updated = rows.getObject(2);
                        assertEquals(rows.getLong(1) == touched ? (Object) 1_700_000_000L : null,
                                updated == null ? null : ((Number) updated).longValue());
                    }
                    assertEquals(2, seen);
                }
            }
            assertTrue(PointTable.touchStatement(List.of(1L, 2L), 5).endsWith("WHERE id IN (1,2)"));
        }
    }

    private static long series(Connection connection, String eventType) throws SQLException {
        return ArchiveRows.series(connection, ArchiveRows.metadata(connection), eventType, "base", 0, null);
    }

    private static PointTable.Row number(long ts, double value) {
        return new PointTable.Row(ts, value, null, null, null);
    }

    private static List<PointTable.Row> range(Connection connection, long series) throws SQLException {
        List<PointTable.Row> rows = new ArrayList<>();
        try {
            new PointTable(connection).range(series, 0, Long.MAX_VALUE, 10_000, 0, rows::add);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }
}
