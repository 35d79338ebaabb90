package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CommunityStore} on MariaDB and H2: counts, members and services of hosts, live records only. */
class CommunityStoreIT extends LookupDataAccessTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");


    @ParameterizedTest
    @MethodSource("kinds")
    void countsAndFindsTheLiveHostsAndServicesOfACommunity(String kind) throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore records = new RecordStore(connection);
            CommunityStore store = new CommunityStore(records);
            String host = insert(records, "host", Map.of("group-communities", List.of("WLCG-" + tag)), true);
            String service = insert(records, "service", Map.of("group-communities", List.of("wlcg-" + tag),
                    "service-host", List.of("lookup/host/" + host)), true);
            insert(records, "host", Map.of("group-communities", List.of("WLCG-" + tag)), false);
            insert(records, "person", Map.of("group-communities", List.of("WLCG-" + tag)), true);

            assertEquals(List.of(new CommunityCount("WLCG-" + tag, 1, 0), new CommunityCount("wlcg-" + tag, 0, 1)),
                    store.counts(NOW.toEpochMilli()).stream().filter(c -> c.name().toLowerCase().equals("wlcg-" + tag)).toList(),
                    "live hosts and services only, by exact name");
            assertEquals(List.of(host), uuids(store.members("WLCG-" + tag, false, NOW.toEpochMilli())));
            assertEquals(List.of(host, service), uuids(store.members("Wlcg-" + tag, true, NOW.toEpochMilli())));
            List<String> many = new ArrayList<>();
            for (int i = 0; i < RecordStore.CHUNK + 2; i++) {
                many.add("lookup/host/other-" + i);
            }
            many.add("lookup/host/" + host);
            assertEquals(List.of(service), uuids(store.withValue("service-host", many)), "once, across chunks");
        }
    }

    private static String insert(RecordStore store, String type, Map<String, List<String>> data, boolean live)
            throws SQLException {
        String uuid = UUID.randomUUID().toString();
        Instant expires = live ? NOW.plus(Duration.ofHours(1)) : NOW.minus(Duration.ofMinutes(1));
        store.insert(uuid, type, data, Optional.empty(), LookupRecord.REGISTERED, NOW.minus(Duration.ofHours(2)), expires,
                null, null);
        return uuid;
    }

    private static List<String> uuids(List<LookupRecord> records) {
        return records.stream().map(LookupRecord::uuid).toList();
    }
}
