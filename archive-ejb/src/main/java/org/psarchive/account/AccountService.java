package org.psarchive.account;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psarchive.platform.cache.TransactionEnd;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.jpa.DatabaseTime;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.error.NotFoundException;

/**
 * Administration of accounts, keys and IP ranges. Each method is one transaction, applied whole or
 * not at all, and leaves one audit event naming the administrator ({@code actor}).
 */
@Stateless
public class AccountService {

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "psarchive")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @Inject
    private CallerCache callers;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    public List<Account> list() {
        return em.createNamedQuery(Account.ALL, Account.class).getResultList();
    }

    public Account find(AccountName name) {
        return em.createNamedQuery(Account.BY_NAME, Account.class).setParameter("name", name.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No account named '" + name + "'."));
    }

    /** Creates an account; with {@code withKey} the answer carries its new key. */
    public NewKey create(String actor, AccountName name, Set<Permission> permissions, boolean withKey) {
        if (exists(name)) {
            throw new ConflictException("An account named '" + name + "' exists already.");
        }
        Instant now = DatabaseTime.now(clock);
        Account account = new Account(name, permissions, now);
        String key = withKey ? account.newKey(now) : null;
        em.persist(account);
        changed(actor, "account.create", name.value(), "permissions=" + wireNames(permissions) + " key=" + withKey);
        return new NewKey(account, key, true);
    }

    /**
     * esmond_manage's {@code add_*_user}: creates the account if it is missing, adds permissions, and
     * makes a key if asked and the account has none. An existing key is never shown again.
     */
    public NewKey grant(String actor, AccountName name, Set<Permission> permissions, boolean ensureKey) {
        Account account = em.createNamedQuery(Account.BY_NAME, Account.class).setParameter("name", name.value())
                .getResultStream().findFirst().orElse(null);
        boolean created = account == null;
        Instant now = DatabaseTime.now(clock);
        if (created) {
            account = new Account(name, permissions, now);
            em.persist(account);
        } else {
            Set<Permission> union = account.permissions();
            union.addAll(permissions);
            account.permissions(union);
        }
        String key = ensureKey && !account.hasKey() ? account.newKey(now) : null;
        changed(actor, "account.grant", name.value(), "permissions=" + wireNames(permissions)
                + " created=" + created + " key-created=" + (key != null));
        return new NewKey(account, key, created);
    }

    public void delete(String actor, AccountName name) {
        Account account = find(name);
        em.createQuery("DELETE FROM IpRange r WHERE r.account = :account").setParameter("account", account).executeUpdate();
        em.remove(account);
        changed(actor, "account.delete", name.value(), "");
    }

    public Account enable(String actor, AccountName name, boolean enabled) {
        Account account = find(name);
        account.enabled(enabled);
        changed(actor, enabled ? "account.enable" : "account.disable", name.value(), "");
        return account;
    }

    public Account setPermissions(String actor, AccountName name, Set<Permission> permissions) {
        Account account = find(name);
        account.permissions(permissions);
        changed(actor, "account.set-permissions", name.value(), "permissions=" + wireNames(permissions));
        return account;
    }

    public NewKey rotateKey(String actor, AccountName name) {
        Account account = find(name);
        String key = account.newKey(DatabaseTime.now(clock));
        changed(actor, "account.rotate-key", name.value(), "");
        return new NewKey(account, key, false);
    }

    public Account revokeKey(String actor, AccountName name) {
        Account account = find(name);
        account.revokeKey();
        changed(actor, "account.revoke-key", name.value(), "");
        return account;
    }

    public List<IpRange> ipRanges(AccountName owner) {
        if (owner == null) {
            return em.createNamedQuery(IpRange.ALL, IpRange.class).getResultList();
        }
        find(owner);
        return em.createNamedQuery(IpRange.OF_ACCOUNT, IpRange.class).setParameter("name", owner.value()).getResultList();
    }

    /** Adds every CIDR to the account, or none if any belongs to another account. */
    public IpRangeChange addIpRanges(String actor, AccountName name, Collection<Cidr> cidrs) {
        Account account = find(name);
        Map<String, IpRange> existing = existingRanges(cidrs);
        List<String> added = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Cidr cidr : new LinkedHashSet<>(cidrs)) {
            IpRange range = existing.get(cidr.toString());
            if (range == null) {
                em.persist(new IpRange(account, cidr));
                added.add(cidr.toString());
            } else if (range.account().id().equals(account.id())) {
                unchanged.add(cidr.toString());
            } else {
                throw new ConflictException("IP range " + cidr + " belongs to account '" + range.account().name()
                        + "'; remove it there first. Nothing was added.");
            }
        }
        changed(actor, "ip.add", name.value(), "added=" + added + " unchanged=" + unchanged);
        return new IpRangeChange(added, unchanged);
    }

    /** Removes every CIDR from the account, or none if any is not the account's. */
    public IpRangeChange removeIpRanges(String actor, AccountName name, Collection<Cidr> cidrs) {
        Account account = find(name);
        Map<String, IpRange> existing = existingRanges(cidrs);
        List<String> removed = new ArrayList<>();
        for (Cidr cidr : new LinkedHashSet<>(cidrs)) {
            IpRange range = existing.get(cidr.toString());
            if (range == null || !range.account().id().equals(account.id())) {
                throw new NotFoundException("Account '" + name + "' has no IP range " + cidr + ". Nothing was removed.");
            }
            em.remove(range);
            removed.add(cidr.toString());
        }
        changed(actor, "ip.remove", name.value(), "removed=" + removed);
        return new IpRangeChange(removed, List.of());
    }

    /**
     * At first start: makes sure the local administrator account exists, is enabled and may
     * administer, and gives it a new key for the token file.
     */
    public String bootstrapAdminKey(AccountName name) {
        Account account = em.createNamedQuery(Account.BY_NAME, Account.class).setParameter("name", name.value())
                .getResultStream().findFirst().orElse(null);
        Instant now = DatabaseTime.now(clock);
        if (account == null) {
            account = new Account(name, EnumSet.of(Permission.ADMIN), now);
            em.persist(account);
        }
        account.enabled(true);
        Set<Permission> permissions = account.permissions();
        permissions.add(Permission.ADMIN);
        account.permissions(permissions);
        String key = account.newKey(now);
        changed("system", "account.bootstrap-admin", name.value(), "admin token written");
        return key;
    }

    private boolean exists(AccountName name) {
        return !em.createNamedQuery(Account.BY_NAME, Account.class).setParameter("name", name.value())
                .getResultList().isEmpty();
    }

    private Map<String, IpRange> existingRanges(Collection<Cidr> cidrs) {
        if (cidrs.isEmpty()) {
            throw new InvalidInputException("Give at least one CIDR.");
        }
        List<String> texts = cidrs.stream().map(Cidr::toString).distinct().toList();
        return em.createNamedQuery(IpRange.BY_CIDR, IpRange.class).setParameter("cidrs", texts).getResultList()
                .stream().collect(Collectors.toMap(IpRange::cidr, Function.identity()));
    }

    private static String wireNames(Set<Permission> permissions) {
        return permissions.stream().sorted().map(Permission::wireName).collect(Collectors.joining(","));
    }

    /**
     * Every change is audited, and forgets the callers authenticated so far: now, and again when the
     * transaction has ended, so that no request reading the old state in between keeps it cached.
     */
    private void changed(String actor, String action, String target, String detail) {
        audit.record(actor, action, target, detail);
        callers.forgetAll();
        TransactionEnd.then(transaction, callers::forgetAll);
    }
}
