package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
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
            new ManagedRecordStore(store).owned(owner, false).forEach(row -> uuids.put(row.key(), row.uuid()));
            return uuids;
        });
    }

    /** Makes the owner's records exactly {@code records}: updated in place, added, or deleted. */
    public void replace(String owner, List<ManagedRecord> records) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.maxLease());
        RecordStore.using(dataSource, store -> {
            ManagedRecordStore managed = new ManagedRecordStore(store);
            // a record that moved here from another owner (an endpoint given a new host name) keeps its uri
            managed.adopt(owner, records.stream().map(ManagedRecord::key).toList());
            Map<String, Long> existing = new LinkedHashMap<>();
            managed.owned(owner, true).forEach(row -> existing.put(row.key(), row.id()));
            for (ManagedRecord record : records) {
                Long id = existing.remove(record.key());
                if (id != null) {
                    store.replace(id, record.data(), expires, LookupRecord.RENEWED);
                } else {
                    store.insert(record.uuid(), record.type(), record.data(), java.util.Optional.empty(),
                            LookupRecord.REGISTERED, now, expires, owner, record.key());
                }
            }
            store.delete(List.copyOf(existing.values()));
            return null;
        });
    }

    /** The owners that have records, so a full resynchronisation can drop those the registry no longer has. */
    public List<String> owners() {
        return RecordStore.using(dataSource, store -> new ManagedRecordStore(store).owners());
    }

    /** Extends the leases of managed records past half of the longest lease; returns how many. */
    public int extendLeases() {
        Instant now = clock.instant();
        Duration max = settings.maxLease();
        return RecordStore.using(dataSource, store -> new ManagedRecordStore(store).extendLeases(now.plus(max),
                now.plus(max.dividedBy(2))));
    }
}
