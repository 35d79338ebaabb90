package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * Records kept by the server for an owner (a registered host name): replaced as a set, in the
 * caller's transaction, holding the longest lease; the pruner extends their leases, and clients can
 * neither renew nor delete them.
 */
@Stateless
public class ManagedRecords {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private LookupSettings settings;

    @Inject
    private Clock clock;

    /** The uuids of the owner's records by key, so that a replacement keeps each record's uri. */
    public Map<String, String> uuidsOf(String owner) {
        return RecordStore.using(dataSource, store -> {
            Map<String, String> uuids = new HashMap<>();
            owned(store, owner, false).forEach(row -> uuids.put(row.key(), row.uuid()));
            return uuids;
        });
    }

    /** Makes the owner's records exactly {@code records}: updated in place, added, or deleted. */
    public void replace(String owner, List<ManagedRecord> records) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.maxLease());
        RecordStore.using(dataSource, store -> {
            if (!records.isEmpty()) {
                // a record that moved here from another owner (an endpoint given a new host name) keeps its uri
                List<Object> bound = new java.util.ArrayList<>(List.of(owner));
                records.forEach(r -> bound.add(r.key()));
                bound.add(owner);
                store.update("UPDATE lookup_record SET managed_owner = ? WHERE managed_key IN ("
                        + RecordStore.marks(records.size()) + ") AND managed_owner <> ?", bound);
            }
            Map<String, Long> existing = new LinkedHashMap<>();
            owned(store, owner, true).forEach(row -> existing.put(row.key(), row.id()));
            for (ManagedRecord record : records) {
                Long id = existing.remove(record.key());
                if (id != null) {
                    store.replace(id, record.data(), expires, LookupRecord.RENEWED);
                } else {
                    store.insert(record.uuid(), record.type(), record.data(), java.util.Optional.empty(),
                            LookupRecord.REGISTERED, now, expires, owner, record.key());
                }
            }
            for (Long stale : existing.values()) {
                store.update("DELETE FROM lookup_record WHERE id = ?", List.of(stale));
            }
            return null;
        });
    }

    /** The owners that have records, so a full resynchronisation can drop those the registry no longer has. */
    public List<String> owners() {
        return RecordStore.using(dataSource, store -> {
            List<String> owners = new java.util.ArrayList<>();
            try (var select = store.connection().prepareStatement(
                    "SELECT DISTINCT managed_owner FROM lookup_record WHERE managed_owner IS NOT NULL");
                    var row = select.executeQuery()) {
                while (row.next()) {
                    owners.add(row.getString(1));
                }
            }
            return owners;
        });
    }

    /** Extends the leases of managed records past half of the longest lease; returns how many. */
    public int extendLeases() {
        Instant now = clock.instant();
        var max = settings.maxLease();
        return RecordStore.using(dataSource, store -> store.update("UPDATE lookup_record SET expires_at = ?"
                + " WHERE managed_owner IS NOT NULL AND expires_at < ?",
                List.of(now.plus(max).toEpochMilli(), now.plus(max.dividedBy(2)).toEpochMilli())));
    }

    private record Owned(long id, String uuid, String key) {
    }

    private static List<Owned> owned(RecordStore store, String owner, boolean lock) throws java.sql.SQLException {
        try (var select = store.connection().prepareStatement("SELECT id, uuid, managed_key FROM lookup_record"
                + " WHERE managed_owner = ? ORDER BY id" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, owner);
            try (var row = select.executeQuery()) {
                List<Owned> owned = new java.util.ArrayList<>();
                while (row.next()) {
                    owned.add(new Owned(row.getLong(1), row.getString(2), row.getString(3)));
                }
                return owned;
            }
        }
    }
}
