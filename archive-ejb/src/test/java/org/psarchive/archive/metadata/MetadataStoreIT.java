package org.psarchive.archive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.platform.db.DataAccessTest;

/** {@link MetadataStore}: a record stored and read back whole, on MariaDB and H2, without a server. */
class MetadataStoreIT extends DataAccessTest {

    /** The time the tests' records are created at: the store takes it from the caller, not the system clock. */
    private static final Instant CREATED = Instant.parse("2026-03-04T05:06:07.891Z");

    @ParameterizedTest
    @MethodSource("kinds")
    void readsBackAStoredRecordWithItsSubjectParametersAndSeries(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            NewMetadata posted = owping(UUID.randomUUID().toString(), "x".repeat(300));

            long id = store.insert(posted, posted.checksum(), CREATED);
            Metadata stored = store.byChecksum(posted.checksum()).orElseThrow();

            assertEquals(id, stored.id());
            assertEquals(SubjectType.POINT_TO_POINT, stored.subjectType());
            assertEquals(posted.subject(), stored.subject());
            assertEquals(posted.parameters(), stored.parameters(), "a value longer than its indexed prefix comes back whole");
            assertEquals(List.copyOf(posted.series()), stored.series().stream().map(Metadata.Series::key).toList(),
                    "series in key order");
            assertTrue(stored.series().stream().allMatch(s -> s.timeUpdated() == null));
            assertEquals(Optional.of(stored), store.byKey(stored.key().value()));
            assertEquals(CREATED, createdAt(connection, id));
        }
    }

    private static Instant createdAt(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT created_at FROM ps_metadata WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new org.psarchive.platform.jpa.UtcInstantConverter()
                        .convertToEntityAttribute(row.getObject(1, java.time.LocalDateTime.class));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void givesEverySeriesItsEventTypesTimeUpdated(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            NewMetadata posted = owping(UUID.randomUUID().toString(), "1");
            long id = store.insert(posted, posted.checksum(), CREATED);
            long base = store.byIds(List.of(id)).get(0).series(SeriesKey.base("histogram-owdelay")).orElseThrow().id();
            try (var update = connection.createStatement()) {
                update.executeUpdate("UPDATE ps_series SET time_updated = 1700000000 WHERE id = " + base);
            }

            Metadata read = store.byIds(List.of(id)).get(0);

            Map<String, Long> expected = new HashMap<>();
            expected.put("histogram-owdelay", 1_700_000_000L);
            expected.put("packet-count-sent", null);
            assertEquals(expected, store.eventTypeTimes(id));
            for (Metadata.Series s : read.series()) {
                assertEquals(expected.get(s.key().eventType()), s.timeUpdated(), s.key().toString());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void readsRecordsInTheOrderAskedAndSkipsMissingOnes(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            NewMetadata a = owping(UUID.randomUUID().toString(), "1");
            NewMetadata b = owping(UUID.randomUUID().toString(), "2");
            long first = store.insert(a, a.checksum(), CREATED);
            long second = store.insert(b, b.checksum(), CREATED);

            assertEquals(List.of(second, first), store.byIds(List.of(second, -1L, first)).stream().map(Metadata::id).toList());
            assertEquals(List.of(), store.byIds(List.of()));
            assertEquals(Optional.empty(), store.byChecksum("0".repeat(64)));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void deletesARecordWithItsSeriesAndPoints(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            NewMetadata posted = owping(UUID.randomUUID().toString(), "1");
            long id = store.insert(posted, posted.checksum(), CREATED);
            Metadata stored = store.byIds(List.of(id)).get(0);
            long series = stored.series().get(0).id();
            try (var insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO ps_point (series_id, ts, num) VALUES (" + series + ", 60, 1)");
            }

            assertTrue(store.delete(stored.key().value()));

            assertFalse(store.delete(stored.key().value()), "nothing left to delete");
            assertEquals(Optional.empty(), store.byKey(stored.key().value()));
            assertEquals(Map.of(), store.eventTypeTimes(id));
            assertEquals(0, ArchiveRows.pointCount(connection, series));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void refusesASecondRecordWithTheSameContent(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            NewMetadata posted = owping(UUID.randomUUID().toString(), "1");
            store.insert(posted, posted.checksum(), CREATED);

            SQLException twin = assertThrows(SQLException.class, () -> store.insert(posted, posted.checksum(), CREATED));

            assertTrue(twin.getSQLState().startsWith("23"), twin.getSQLState());
        }
    }

    /** A latency record: a histogram with an aggregation and statistics, a count; {@code tag} makes it unique. */
    private static NewMetadata owping(String tag, String note) {
        TreeMap<String, String> subject = new TreeMap<>(Map.of("source", "10.9.0.1", "destination", "10.9.0.2",
                "measurement-agent", "10.9.0.1", "tool-name", "pscheduler/owping", "input-source", "a.example",
                "input-destination", "b.example"));
        TreeMap<String, String> parameters = new TreeMap<>(Map.of("tag", tag, "note", note));
        TreeSet<SeriesKey> series = new TreeSet<>(List.of(SeriesKey.base("histogram-owdelay"),
                new SeriesKey("histogram-owdelay", SummaryType.AGGREGATION, 3600),
                new SeriesKey("histogram-owdelay", SummaryType.STATISTICS, 0),
                SeriesKey.base("packet-count-sent")));
        return new NewMetadata(SubjectType.POINT_TO_POINT, subject, parameters, series);
    }
}
