package org.psarchive.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A measurement host or an administrator: permissions, at most one API key (hashed), IP ranges. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_NAME, query = "SELECT a FROM Account a WHERE a.name = :name")
@NamedQuery(name = Account.BY_KEY_HASH, query = "SELECT a FROM Account a WHERE a.keyHash = :hash")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.name")
public class Account {

    static final String BY_NAME = "Account.byName";
    static final String BY_KEY_HASH = "Account.byKeyHash";
    static final String ALL = "Account.all";

    @Id
    @TableGenerator(name = "account_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "account_ids")
    private Long id;

    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_permission", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "permission")
    @Enumerated(EnumType.STRING)
    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    @Column(name = "key_hash", length = 64)
    private String keyHash;

    @Column(name = "key_created_at")
    private Instant keyCreated;

    @Column(name = "key_last_used_at")
    private Instant keyLastUsed;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    protected Account() {
    }

    Account(AccountName name, Set<Permission> permissions, Instant now) {
        this.name = name.value();
        this.permissions = permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
        this.created = now;
    }

    /** Replaces the key; returns the new key, which exists in clear only in this answer. */
    String newKey(Instant now) {
        String key = ApiKeys.generate();
        keyHash = ApiKeys.hash(key);
        keyCreated = now;
        keyLastUsed = null;
        return key;
    }

    void revokeKey() {
        keyHash = null;
        keyCreated = null;
        keyLastUsed = null;
    }

    void permissions(Set<Permission> granted) {
        permissions = granted.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(granted);
    }

    void enabled(boolean value) {
        enabled = value;
    }

    void keyUsed(Instant now) {
        keyLastUsed = now;
    }

    Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public Set<Permission> permissions() {
        return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    public boolean hasKey() {
        return keyHash != null;
    }

    public Instant keyCreated() {
        return keyCreated;
    }

    public Instant keyLastUsed() {
        return keyLastUsed;
    }

    public Instant created() {
        return created;
    }
}
