package org.psarchive.lookup;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every five minutes, deletes the records whose grace period has ended, in batches of {@link #BATCH}
 * (each its own short transaction, so a backlog never holds locks or memory in proportion to its
 * size), and extends the leases of the records the registry keeps.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(0) // a second pass while one runs is refused, not queued
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LookupPruner {

    static final int BATCH = 1_000;
    private static final int MAX_BATCHES = 1_000;
    private static final Logger LOG = Logger.getLogger(LookupPruner.class.getName());

    @EJB
    private LookupMaintenance maintenance;

    @EJB
    private ManagedRecords managed;

    @Inject
    private LookupSettings settings;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "lookup-prune")
    void everyFiveMinutes() {
        if (settings.pruneEnabled()) {
            PruneResult result = prune();
            if (result.deleted() > 0 || result.extended() > 0) {
                LOG.info(() -> "Lookup prune: " + result);
            }
        }
    }

    /** One pass; also run on an administrator's request. */
    public PruneResult prune() {
        Instant cutoff = clock.instant().minus(settings.grace());
        long deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<Long> ids = maintenance.expiredBefore(cutoff, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            deleted += maintenance.delete(ids);
        }
        return new PruneResult(deleted, managed.extendLeases());
    }
}
