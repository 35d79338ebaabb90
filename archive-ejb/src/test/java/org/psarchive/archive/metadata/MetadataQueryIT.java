package org.psarchive.archive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.platform.db.DataAccessTest;

/**
 * Metadata searches on MariaDB and H2, with the statements {@code MetadataService.search} sends
 * ({@link MetadataQuery} through {@link MetadataStore}): each
 * filter finds exactly the matching records. Every test works in a subject range (source address) of its own.
 */
class MetadataQueryIT extends DataAccessTest {

    @ParameterizedTest
    @MethodSource("kinds")
    void findsRecordsBySubjectFieldsAndKey(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            String a = record(connection, "10.1.0.1", "10.1.0.2", "pscheduler/owping", Map.of());
            String b = record(connection, "10.1.0.1", "10.1.0.3", "pscheduler/iperf3", Map.of());
            String c = record(connection, "10.1.0.4", "10.1.0.2", "pscheduler/owping", Map.of());

            assertEquals(sorted(a, b), keys(connection, subject(Map.of("source", List.of("10.1.0.1")))));
            assertEquals(sorted(a, c), keys(connection, subject(Map.of("source", List.of("10.1.0.1", "10.1.0.4")),
                    "tool-name", List.of("pscheduler/owping"))));
            assertEquals(List.of(), keys(connection, subject(Map.of("source", List.of()))),
                    "a name that resolved to no address matches nothing");
            assertEquals(List.of(b), keys(connection, new MetadataFilter(Map.of(), "point-to-point", b, null, null, null,
                    Map.of(), null, null)));
            assertEquals(List.of(), keys(connection, new MetadataFilter(Map.of("source", List.of("10.1.0.1")),
                    "network-element", null, null, null, null, Map.of(), null, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void matchesParametersExactlyBeyondTheirIndexedPrefix(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            String common = "x".repeat(MetadataQuery.PREFIX_LENGTH);
            String a = record(connection, "10.2.0.1", "10.2.0.2", "t", Map.of("time-duration", "PT10S", "note", common + "a"));
            String b = record(connection, "10.2.0.1", "10.2.0.3", "t", Map.of("time-duration", "PT10S", "note", common + "b"));
            record(connection, "10.2.0.1", "10.2.0.4", "t", Map.of("time-duration", "PT20S"));
            Map<String, List<String>> here = Map.of("source", List.of("10.2.0.1"));

            assertEquals(sorted(a, b), keys(connection, parameters(here, Map.of("time-duration", "PT10S"))));
            assertEquals(List.of(b), keys(connection, parameters(here, Map.of("time-duration", "PT10S", "note", common + "b"))));
            assertEquals(List.of(), keys(connection, parameters(here, Map.of("note", common))));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void findsRecordsByASeriesAndTheTimeItsEventTypeWasUpdated(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            String a = record(connection, "10.3.0.1", "10.3.0.2", "t", Map.of());
            String b = record(connection, "10.3.0.1", "10.3.0.3", "t", Map.of());
            long idA = id(connection, a);
            long idB = id(connection, b);
            ArchiveRows.series(connection, idA, "histogram-owdelay", "base", 0, 1000L);
            ArchiveRows.series(connection, idA, "histogram-owdelay", "aggregation", 3600, null);
            ArchiveRows.series(connection, idB, "histogram-owdelay", "base", 0, 2000L);
            ArchiveRows.series(connection, idB, "packet-count-sent", "base", 0, 3000L);
            Map<String, List<String>> here = Map.of("source", List.of("10.3.0.1"));

            assertEquals(sorted(a, b), keys(connection, series(here, "histogram-owdelay", null, null, null, null)));
            assertEquals(List.of(a), keys(connection, series(here, "histogram-owdelay", "aggregation", 3600L, null, null)));
            assertEquals(List.of(), keys(connection, series(here, "histogram-owdelay", "aggregation", 300L, null, null)));
            assertEquals(List.of(b), keys(connection, series(here, "packet-count-sent", null, null, null, null)));
            assertEquals(List.of(a), keys(connection, series(here, "histogram-owdelay", "aggregation", null, 900L, 1100L)),
                    "a summary answers its base's time-updated");
            assertEquals(List.of(b), keys(connection, series(here, null, null, null, 1500L, null)));
            assertEquals(List.of(a), keys(connection, series(here, null, null, null, null, 1000L)));
        }
    }

    private static MetadataFilter subject(Map<String, List<String>> subject) {
        return new MetadataFilter(subject, null, null, null, null, null, Map.of(), null, null);
    }

    private static MetadataFilter subject(Map<String, List<String>> subject, String field, List<String> values) {
        Map<String, List<String>> both = new java.util.HashMap<>(subject);
        both.put(field, values);
        return subject(both);
    }

    private static MetadataFilter parameters(Map<String, List<String>> subject, Map<String, String> parameters) {
        return new MetadataFilter(subject, null, null, null, null, null, parameters, null, null);
    }

    private static MetadataFilter series(Map<String, List<String>> subject, String eventType, String summaryType,
            Long window, Long from, Long to) {
        return new MetadataFilter(subject, null, null, eventType, summaryType, window, Map.of(), from, to);
    }

    private static String record(Connection connection, String source, String destination, String tool,
            Map<String, String> parameters) throws SQLException {
        String key = ArchiveRows.newKey();
        ArchiveRows.metadata(connection, key, source, destination, tool, parameters);
        return key;
    }

    private static long id(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM ps_metadata WHERE metadata_key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The keys the filter finds, by the statements of MetadataService.search: the count agrees with the page. */
    private static List<String> keys(Connection connection, MetadataFilter filter) throws SQLException {
        MetadataQuery query = MetadataQuery.of(filter);
        MetadataStore store = new MetadataStore(connection);
        long total = store.count(query);
        List<String> keys = new ArrayList<>();
        store.byIds(store.page(query, 100, 0)).forEach(record -> keys.add(record.key().value()));
        assertEquals(total, keys.size(), "count and page agree");
        return keys;
    }

    private static List<String> sorted(String... keys) {
        return java.util.Arrays.stream(keys).sorted().toList();
    }
}
