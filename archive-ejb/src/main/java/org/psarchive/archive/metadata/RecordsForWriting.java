package org.psarchive.archive.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.psarchive.platform.cache.ExpiringCache;

/**
 * Metadata records by key, as the write path needs them: their series, which never change once the
 * record exists (changed content makes a new record). pScheduler writes into the same few records all
 * day, and reading one back took four statements per write (bin/bench archive). Their
 * {@code time-updated} goes stale here, so reads never come here.
 *
 * <p>A record deleted on this node is forgotten at once; {@link #LIFETIME} bounds how long one deleted
 * through another node is still offered here (a write into it then fails).
 *
 * <p>Also by content checksum, for the POST that pScheduler sends before every result: such a record is
 * only a hint, checked against the database with one statement before it is answered (see
 * {@link MetadataService#post}), so nothing needs forgetting there.
 */
@ApplicationScoped
public class RecordsForWriting {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final int CAPACITY = 10_000;
    /** Longer: a record by checksum is checked before use, and pScheduler posts some tests' only hourly. */
    static final Duration CHECKSUM_LIFETIME = Duration.ofHours(6);

    private final ExpiringCache<String, Metadata> byKey = new ExpiringCache<>(LIFETIME, CAPACITY);
    private final ExpiringCache<String, Metadata> byChecksum = new ExpiringCache<>(CHECKSUM_LIFETIME, CAPACITY);

    /**
     * A record written to lately, by key. Public so that the write resource asks here before calling
     * {@link MetadataService#requireForWriting}: the EJB call's container work cost more than the lookup
     * (2 % of a pScheduler result's CPU, bin/bench archive).
     */
    public Optional<Metadata> get(String key) {
        return byKey.get(key);
    }

    long generation() {
        return byKey.generation();
    }

    void put(String key, Metadata record, long readAt) {
        byKey.put(key, record, readAt);
    }

    void forget(String key) {
        byKey.forget(key);
    }

    Optional<Metadata> withChecksum(String checksum) {
        return byChecksum.get(checksum);
    }

    void putWithChecksum(String checksum, Metadata record) {
        byChecksum.put(checksum, record, byChecksum.generation());
    }
}
