package org.psarchive.archive.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.platform.db.DataAccessTest;

/** {@link RetentionStore}: policies, the series walk and the bounded delete, on MariaDB and H2. */
class RetentionStoreIT extends DataAccessTest {

    @ParameterizedTest
    @MethodSource("kinds")
    void createsChangesAndDeletesAPolicyBesideTheMigratedDefaults(String kind) throws SQLException {
        String eventType = "throughput"; // no migrated policy names it (V4)
        try (Connection connection = databases.get(kind).getConnection()) {
            RetentionStore store = new RetentionStore(connection);
            RetentionPolicy defaults = new RetentionPolicy("*", "*", RetentionPolicy.ANY_WINDOW, 365);
            assertTrue(store.policies().contains(defaults), "V4 migrates the default policy");

            store.put(new RetentionPolicy(eventType, "average", 3600, 30));
            store.put(new RetentionPolicy(eventType, "average", 3600, 90));
            assertEquals(List.of(new RetentionPolicy(eventType, "average", 3600, 90)), mine(store, eventType),
                    "a second put of one pattern changes its days");

            assertTrue(store.delete(eventType, "average", 3600));
            assertFalse(store.delete(eventType, "average", 3600), "nothing left to delete");
            assertEquals(List.of(), mine(store, eventType));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void walksTheSeriesInIdOrderAndDeletesOnlyExpiredPointsInBoundedBatches(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            long metadata = ArchiveRows.metadata(connection);
            long first = ArchiveRows.series(connection, metadata, "packet-count-sent", "base", 0, null);
            long second = ArchiveRows.series(connection, metadata, "throughput", "average", 86400, null);
            for (long ts = 100; ts <= 1_000; ts += 100) {
                point(connection, first, ts);
                point(connection, second, ts);
            }
            RetentionStore store = new RetentionStore(connection);

            List<RetentionService.SeriesRef> page = store.seriesAfter(first - 1, 2);
            assertEquals(List.of(new RetentionService.SeriesRef(first, "packet-count-sent", "base", 0),
                    new RetentionService.SeriesRef(second, "throughput", "average", 86400)), page);
            assertEquals(List.of(), store.seriesAfter(second, 2).stream().filter(s -> s.id() <= second).toList());

            assertEquals(3, store.deletePointsBefore(first, 650, 3), "at most the batch");
            assertEquals(3, store.deletePointsBefore(first, 650, 3));
            assertEquals(0, store.deletePointsBefore(first, 650, 3), "600 was the last point before 650");
            assertEquals(4, ArchiveRows.pointCount(connection, first));
            assertEquals(10, ArchiveRows.pointCount(connection, second), "another series keeps its points");
            if (kind.equals("mariadb")) {
                store.rebuildPoints(); // OPTIMIZE TABLE: the rows stay, the file shrinks
                assertEquals(4, ArchiveRows.pointCount(connection, first));
            }
        }
    }

    private static List<RetentionPolicy> mine(RetentionStore store, String eventType) throws SQLException {
        return store.policies().stream().filter(p -> p.eventType().equals(eventType)).toList();
    }

    private static void point(Connection connection, long series, long ts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ps_point (series_id, ts, num)"
                + " VALUES (?, ?, ?)")) {
            insert.setLong(1, series);
            insert.setLong(2, ts);
            insert.setDouble(3, ts);
            insert.executeUpdate();
        }
    }
}
