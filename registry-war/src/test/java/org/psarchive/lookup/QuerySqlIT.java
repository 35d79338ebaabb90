package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * sLS queries turned into SQL by {@link QuerySql} and run as {@code LookupService.query} runs them
 * (through {@link RecordStore}), on MariaDB and H2: each finds exactly the matching live records.
 * Every test's values carry a tag of their own, so the tests share the database without seeing each other.
 */
class QuerySqlIT extends LookupDataAccessTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");


    @ParameterizedTest
    @MethodSource("kinds")
    void findsACommunitysLiveRecordsAndNeverAnExpiredOne(String kind) throws SQLException {
        String tag = tag();
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            String wlcg = register(store, "host", Map.of("host-name", List.of("a" + tag), "group-communities",
                    List.of("WLCG" + tag, "ATLAS" + tag)), true);
            String both = register(store, "service", Map.of("service-locator", List.of("b" + tag), "group-communities",
                    List.of("WLCG" + tag)), true);
            String cms = register(store, "host", Map.of("host-name", List.of("c" + tag), "group-communities",
                    List.of("CMS" + tag)), true);
            register(store, "host", Map.of("host-name", List.of("d" + tag), "group-communities", List.of("WLCG" + tag)), false);

            assertEquals(List.of(wlcg, both), query(store, Map.of("group-communities", List.of("WLCG" + tag))));
            assertEquals(List.of(wlcg), query(store, Map.of("group-communities", List.of("WLCG" + tag),
                    "type", List.of("host"))));
            assertEquals(List.of(wlcg), query(store, Map.of("group-communities", List.of("WLCG" + tag + ",ATLAS" + tag))),
                    "a list needs all its values");
            assertEquals(List.of(wlcg, cms), query(store, Map.of("group-communities", List.of("ATLAS" + tag + ",CMS" + tag),
                    "group-communities-operator", List.of("any"))));
            assertEquals(List.of(both, cms), query(store, Map.of("service-locator", List.of("b" + tag),
                    "host-name", List.of("c" + tag), "operator", List.of("any"))));
            assertEquals(List.of(), query(store, Map.of("group-communities", List.of("wlcg" + tag))),
                    "values match case-sensitively, as in sLS");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void matchesWildcardsAtEitherEndAndTakesPercentAndUnderscoreLiterally(String kind) throws SQLException {
        String tag = tag();
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            String cern = register(store, "host", Map.of("host-name", List.of("ps1." + tag + ".cern.ch")), true);
            String fnal = register(store, "host", Map.of("host-name", List.of("ps2." + tag + ".fnal.gov")), true);
            String odd = register(store, "host", Map.of("host-name", List.of("ps_%." + tag + ".example")), true);
            register(store, "host", Map.of("host-name", List.of("ps3." + tag + ".cern.ch")), false);

            assertEquals(List.of(cern, fnal, odd), query(store, Map.of("host-name", List.of("*." + tag + ".*"))));
            assertEquals(List.of(cern), query(store, Map.of("host-name", List.of("*." + tag + ".cern.ch"))));
            assertEquals(List.of(fnal), query(store, Map.of("host-name", List.of("ps2." + tag + "*"))));
            assertEquals(List.of(odd), query(store, Map.of("host-name", List.of("ps_%." + tag + "*"))),
                    "% and _ are no SQL wildcards");
            assertEquals(List.of(), query(store, Map.of("host-name", List.of("PS1." + tag + "*"))));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pagesInRegistrationOrderAndOffersTheDrivingValuesHoldersAsCandidates(String kind) throws SQLException {
        String tag = tag();
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            String first = register(store, "service", Map.of("client-uuid", List.of(tag), "service-name", List.of("x")), true);
            String second = register(store, "service", Map.of("client-uuid", List.of(tag), "service-name", List.of("y")), true);
            String third = register(store, "service", Map.of("client-uuid", List.of(tag), "service-name", List.of("x")), true);
            register(store, "service", Map.of("client-uuid", List.of(tag), "service-name", List.of("x")), false);

            assertEquals(List.of(first, second, third), query(store, Map.of("client-uuid", List.of(tag))));
            assertEquals(List.of(second), query(store, Map.of("client-uuid", List.of(tag), "skip", List.of("1"),
                    "maxresults", List.of("1"))));
            assertEquals(List.of(first, third), query(store, Map.of("client-uuid", List.of(tag),
                    "service-name", List.of("x"))));

            List<KeyCondition> duplicateRule = List.of(new KeyCondition("service-name", List.of("x"), false, false),
                    new KeyCondition("client-uuid", List.of(tag), false, false));
            Optional<QuerySql.Statement> candidates = QuerySql.of(duplicateRule, false)
                    .candidates(RecordStore.COLUMNS, NOW.toEpochMilli(), 10);
            assertEquals(List.of(first, second, third), uuids(store.select(candidates.orElseThrow().sql(),
                    candidates.get().parameters())), "the live holders of the most selective value, client-uuid");
        }
    }

    /** Stores a record as LookupService.register does; live, or expired a minute ago; its uuid. */
    private static String register(RecordStore store, String type, Map<String, List<String>> data, boolean live)
            throws SQLException {
        String uuid = UUID.randomUUID().toString();
        Map<String, List<String>> withType = new LinkedHashMap<>(data);
        withType.put("type", List.of(type));
        Instant registered = NOW.minus(Duration.ofHours(2));
        Instant expires = live ? NOW.plus(Duration.ofHours(2)) : NOW.minus(Duration.ofMinutes(1));
        store.insert(uuid, type, withType, Optional.empty(), LookupRecord.REGISTERED, registered, expires, null, null);
        return uuid;
    }

    /** The uuids a query answers, found as LookupService.query finds them. */
    private static List<String> query(RecordStore store, Map<String, List<String>> parameters) throws SQLException {
        LookupQuery query = LookupQuery.parse(parameters, 100);
        QuerySql.Statement select = QuerySql.of(query.conditions(), query.anyKey())
                .select(RecordStore.COLUMNS, NOW.toEpochMilli(), query.maxResults(), query.skip());
        return uuids(store.select(select.sql(), select.parameters()));
    }

    private static List<String> uuids(List<LookupRecord> records) {
        return records.stream().map(LookupRecord::uuid).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
