package org.psarchive.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.psarchive.platform.jpa.DatabaseTime;
import org.psarchive.platform.error.UnauthenticatedException;

/**
 * Finds the account behind a request: by API key, or by the client's address. A presented key that
 * does not authenticate is an error, never a reason to fall back to the address (as in esmond).
 */
@Stateless
public class Authenticator {

    @Inject
    private Clock clock;

    /** Writing the last use on every request would turn every read into a write. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "psarchive")
    private EntityManager em;

    @Inject
    private CallerCache callers;

    /** {@code Authorization: Token <key>}. */
    public Caller byKey(String key) {
        if (!ApiKeys.wellFormed(key)) {
            throw new UnauthenticatedException("Invalid token.");
        }
        String hash = ApiKeys.hash(key);
        Optional<Caller> cached = callers.get(hash);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = callers.generation();
        Account account = em.createNamedQuery(Account.BY_KEY_HASH, Account.class)
                .setParameter("hash", hash).getResultStream().findFirst()
                .filter(Account::enabled)
                .orElseThrow(() -> new UnauthenticatedException("Invalid token."));
        recordUse(account);
        Caller caller = new Caller(account.name(), Caller.Via.TOKEN, account.permissions());
        callers.put(hash, caller, generation);
        return caller;
    }

    /** The legacy {@code Authorization: ApiKey <account>:<key>}: the key must be that account's. */
    public Caller byLegacyKey(String accountName, String key) {
        Caller caller = byKey(key);
        if (!caller.account().equals(accountName)) {
            throw new UnauthenticatedException("Invalid token.");
        }
        return caller;
    }

    /** The account whose most specific IP range holds {@code client}, if it is enabled. */
    public Optional<Caller> byAddress(InetAddress client) {
        Optional<Caller> cached = callers.forAddress(client);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = callers.addressGeneration();
        byte[] address = Cidr.clientAddress(client);
        Optional<Caller> found = em.createNamedQuery(IpRange.MATCHING, IpRange.class)
                .setParameter("family", address.length == 4 ? 4 : 6)
                .setParameter("address", address)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(IpRange::account)
                .filter(Account::enabled)
                .map(account -> new Caller(account.name(), Caller.Via.IP, account.permissions()));
        found.ifPresent(caller -> callers.putForAddress(client, caller, generation));
        return found;
    }

    /** True when {@code key} belongs to an enabled account that may administer. */
    public boolean isAdminKey(String key) {
        try {
            return byKey(key).may(Permission.ADMIN);
        } catch (UnauthenticatedException e) {
            return false;
        }
    }

    private void recordUse(Account account) {
        Instant now = DatabaseTime.now(clock);
        if (account.keyLastUsed() == null || account.keyLastUsed().isBefore(now.minus(LAST_USE_RESOLUTION))) {
            account.keyUsed(now);
        }
    }
}
