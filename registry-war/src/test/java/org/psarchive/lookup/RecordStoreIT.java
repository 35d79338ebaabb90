package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lease statements of {@link RecordStore} and {@link ManagedRecordStore} on MariaDB and H2: renewal
 * only within the grace period and never of a kept record, the pruner's selection and delete, and the
 * kept records' owners and leases. Every record carries a tag of its own, so the tests share the database.
 */
class RecordStoreIT extends LookupDataAccessTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");


    @ParameterizedTest
    @MethodSource("kinds")
    void renewsOnlyASelfRegisteredRecordWhoseGracePeriodHasNotEnded(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            String recent = insert(store, NOW.minus(Duration.ofMinutes(30)), null);
            String old = insert(store, NOW.minus(Duration.ofMinutes(90)), null);
            String kept = insert(store, NOW.minus(Duration.ofMinutes(30)), "owner-" + UUID.randomUUID());
            Instant cutoff = NOW.minus(Duration.ofHours(1));
            Instant expires = NOW.plus(Duration.ofHours(2));

            assertEquals(1, store.renew(recent, "host", expires, Optional.of("PT2H"), cutoff, Registrant.NONE));
            assertEquals(0, store.renew(old, "host", expires, Optional.empty(), cutoff, Registrant.NONE), "past its grace period");
            assertEquals(0, store.renew(kept, "host", expires, Optional.empty(), cutoff, Registrant.NONE), "kept by the registry");
            assertEquals(0, store.renew(recent, "service", expires, Optional.empty(), cutoff, Registrant.NONE), "another type's uri");

            LookupRecord renewed = store.byUuid(recent, false).orElseThrow();
            assertEquals(expires, renewed.expires());
            assertEquals(LookupRecord.RENEWED, renewed.state());
            assertEquals(NOW.minus(Duration.ofMinutes(90)), store.byUuid(old, false).orElseThrow().expires());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void locksAndRenewsRecordsInBulkAcrossChunks(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            List<String> uuids = new java.util.ArrayList<>();
            for (int i = 0; i < RecordStore.CHUNK + 3; i++) {
                uuids.add(insert(store, NOW.plus(Duration.ofMinutes(5)), null));
            }

            List<LookupRecord> locked = store.lockByUuids(uuids);
            store.renewIds(locked.stream().map(LookupRecord::id).toList(), NOW.plus(Duration.ofDays(1)), Optional.empty(),
                    Registrant.NONE);

            assertEquals(uuids.stream().sorted().toList(), locked.stream().map(LookupRecord::uuid).toList(),
                    "every record, in uuid order");
            assertTrue(store.lockByUuids(uuids).stream().allMatch(r -> r.expires().equals(NOW.plus(Duration.ofDays(1)))));
            assertEquals(RecordStore.CHUNK + 3, store.delete(locked.stream().map(LookupRecord::id).toList()));
            assertEquals(List.of(), store.lockByUuids(uuids));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void selectsForPruningOnlySelfRegisteredRecordsExpiredBeforeTheCutoffOldestFirst(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            // far in the past, so no other test's records come before them
            Instant epoch = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
            String older = insert(store, epoch, null);
            String newer = insert(store, epoch.plusSeconds(1), null);
            insert(store, epoch, "owner-" + UUID.randomUUID());
            insert(store, epoch.plusSeconds(3), null);

            List<Long> expired = store.expiredBefore(epoch.plusSeconds(2), 10).stream()
                    .filter(id -> id.equals(id(store, older)) || id.equals(id(store, newer))).toList();

            assertEquals(List.of(id(store, older), id(store, newer)), expired);
            assertEquals(1, store.expiredBefore(epoch.plusSeconds(2), 1).size(), "at most the limit");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void movesKeptRecordsBetweenOwnersAndExtendsOnlyTheirShortLeases(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            RecordStore store = new RecordStore(connection);
            ManagedRecordStore managed = new ManagedRecordStore(store);
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String first = "a-" + tag;
            String second = "b-" + tag;
            String moving = insert(store, NOW.plus(Duration.ofDays(1)), first, "key-1-" + tag);
            String staying = insert(store, NOW.plus(Duration.ofDays(29)), first, "key-2-" + tag);
            String self = insert(store, NOW.plus(Duration.ofMinutes(1)), null);

            assertEquals(1, managed.adopt(second, List.of("key-1-" + tag)));
            assertEquals(0, managed.adopt(second, List.of("key-1-" + tag)), "already its own");
            assertEquals(List.of(staying), managed.owned(first, false).stream().map(ManagedRecordStore.Owned::uuid).toList());
            assertEquals(List.of(moving), managed.owned(second, true).stream().map(ManagedRecordStore.Owned::uuid).toList());
            assertTrue(managed.owners().containsAll(List.of(first, second)));

            Instant extended = NOW.plus(Duration.ofDays(30));
            managed.extendLeases(extended, NOW.plus(Duration.ofDays(15)));

            assertEquals(extended, store.byUuid(moving, false).orElseThrow().expires(), "a short lease is extended");
            assertEquals(NOW.plus(Duration.ofDays(29)), store.byUuid(staying, false).orElseThrow().expires());
            assertEquals(NOW.plus(Duration.ofMinutes(1)), store.byUuid(self, false).orElseThrow().expires(),
                    "a self-registered record is the client's to renew");
        }
    }

    private static String insert(RecordStore store, Instant expires, String owner) throws SQLException {
        return insert(store, expires, owner, owner == null ? null : "key-" + UUID.randomUUID());
    }

    private static String insert(RecordStore store, Instant expires, String owner, String key) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        store.insert(uuid, "host", Map.of("type", List.of("host"), "host-name", List.of(uuid)), Optional.empty(),
                LookupRecord.REGISTERED, expires.minus(Duration.ofHours(2)), expires, owner, key);
        return uuid;
    }

    private static long id(RecordStore store, String uuid) {
        try {
            return store.byUuid(uuid, false).orElseThrow().id();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
