package org.psarchive.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import org.psarchive.platform.cache.ExpiringCache;

/**
 * The callers that API keys resolved to in the last few seconds, so that a client sending one write
 * after another (pScheduler's archiver: a metadata POST and a data PUT per result) is not looked up
 * in the database for each: that query cost more CPU than the write it guarded (bin/bench archive).
 *
 * <p>Keyed by the key's SHA-256 hash, never the key. Any change to accounts, keys, permissions or IP
 * ranges on this node empties it at once ({@link AccountService}); an entry lives at most
 * {@link #LIFETIME}, which bounds how long a change made through another node goes unnoticed here.
 * Failed authentications, and addresses that no IP account holds, are never cached.
 */
@ApplicationScoped
public class CallerCache {

    static final Duration LIFETIME = Duration.ofSeconds(5);
    static final int CAPACITY = 4096;

    private final ExpiringCache<String, Caller> byKeyHash = new ExpiringCache<>(LIFETIME, CAPACITY);
    /** Callers of IP accounts by client address: a host archiving by its address writes twice per result too. */
    private final ExpiringCache<InetAddress, Caller> byAddress = new ExpiringCache<>(LIFETIME, CAPACITY);

    /**
     * The caller a well-formed API key resolved to lately, without entering the EJB container: the
     * authentication filter asks here first, and calls {@link Authenticator#byKey} only when this is
     * empty (that call's container work alone cost 4 % of a pScheduler result's CPU, bin/bench archive).
     */
    public Optional<Caller> forKey(String key) {
        return ApiKeys.wellFormed(key) ? get(ApiKeys.hash(key)) : Optional.empty();
    }

    Optional<Caller> get(String keyHash) {
        return byKeyHash.get(keyHash);
    }

    /** The generation to hand back to {@link #put}: read it before looking the key up. */
    long generation() {
        return byKeyHash.generation();
    }

    void put(String keyHash, Caller caller, long lookedUpAt) {
        byKeyHash.put(keyHash, caller, lookedUpAt);
    }

    /** The IP account's caller that {@code client} authenticated as lately, without entering the EJB container. */
    public Optional<Caller> forAddress(InetAddress client) {
        return byAddress.get(client);
    }

    /** The generation to hand back to {@link #putForAddress}: read it before looking the address up. */
    long addressGeneration() {
        return byAddress.generation();
    }

    void putForAddress(InetAddress client, Caller caller, long lookedUpAt) {
        byAddress.put(client, caller, lookedUpAt);
    }

    void forgetAll() {
        byKeyHash.forgetAll();
        byAddress.forgetAll();
    }
}
