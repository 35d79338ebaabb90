package org.psarchive.platform.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small map whose entries live a fixed time, bounded in size (full, it is emptied: simple, and each
 * entry is looked up once more). {@link #forgetAll()} and {@link #forget} count as changes: a value read
 * from the database before a change is not stored after it ({@link #generation()}).
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {
    }

    private final long lifetimeNanos;
    private final int capacity;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public ExpiringCache(Duration lifetime, int capacity) {
        this.lifetimeNanos = lifetime.toNanos();
        this.capacity = capacity;
    }

    public Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - entry.expiresAt() >= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    /** To hand back to {@link #put}: read it before reading the value from the database. */
    public long generation() {
        return generation.get();
    }

    /** Keeps {@code value} unless something changed since {@code readAt} (a {@link #generation()}). */
    public void put(K key, V value, long readAt) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, System.nanoTime() + lifetimeNanos));
        if (generation.get() != readAt) {
            entries.remove(key);
        }
    }

    public void forget(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
