package org.psarchive.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The callers that API keys resolved to in the last few seconds, so that a client sending one write
 * after another (pScheduler's archiver: a metadata POST and a data PUT per result) is not looked up
 * in the database for each: that query cost more CPU than the write it guarded (bin/bench archive).
 *
 * <p>Keyed by the key's SHA-256 hash, never the key. Any change to accounts, keys, permissions or IP
 * ranges on this node empties it at once ({@link AccountService}); an entry lives at most
 * {@link #LIFETIME}, which bounds how long a change made through another node goes unnoticed here.
 * Failed authentications are never cached.
 */
@ApplicationScoped
public class CallerCache {

    static final Duration LIFETIME = Duration.ofSeconds(5);
    static final int CAPACITY = 4096;

    private record Entry(Caller caller, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> byKeyHash = new ConcurrentHashMap<>();
    /** Counts the changes; a lookup that started before one must not store what it found. */
    private final AtomicLong generation = new AtomicLong();

    Optional<Caller> get(String keyHash) {
        Entry entry = byKeyHash.get(keyHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAt() >= 0) {
            byKeyHash.remove(keyHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    /** The generation to hand back to {@link #put}: read it before looking the key up. */
    long generation() {
        return generation.get();
    }

    void put(String keyHash, Caller caller, long lookedUpAt) {
        if (byKeyHash.size() >= CAPACITY) {
            byKeyHash.clear(); // simple and bounded; a full cache means many keys in 5 s, each looked up once more
        }
        byKeyHash.put(keyHash, new Entry(caller, System.nanoTime() + LIFETIME.toNanos()));
        if (generation.get() != lookedUpAt) {
            byKeyHash.remove(keyHash); // an account changed while we read it: do not keep what we read
        }
    }

    void forgetAll() {
        generation.incrementAndGet();
        byKeyHash.clear();
    }
}
