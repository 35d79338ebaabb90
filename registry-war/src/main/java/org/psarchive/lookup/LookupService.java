package org.psarchive.lookup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.platform.error.PermissionDeniedException;

/**
 * The lookup service's rules: registration with sLS's duplicate rule, leases, renewal (one record or
 * many), deletion by the record's client or an administrator, and queries. A record whose lease has
 * ended is invisible at once (sLS shows it until its prune job runs); it can still be renewed during
 * the grace period, after which the pruner deletes it.
 */
@Stateless
public class LookupService {

    /** Records sharing the duplicate rule's driving value that are compared in Java; more take the full query. */
    static final int DUPLICATE_CANDIDATES = 50;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private LookupSettings settings;

    @Inject
    private Clock clock;

    public LookupService() {
        // for the container
    }

    /** For tests outside the container: the database, the settings and the time are theirs. */
    LookupService(DataSource dataSource, LookupSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Registers a record unless a live one holds all of it (sLS's duplicate rule). Outside a container
     * transaction: the rule is one read, and the record and its values are written in a local one
     * (BEGIN, two INSERTs, COMMIT), which costs Payara and MariaDB less than JTA's (bin/bench lookup).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LookupRecord register(RecordContent content, Registrant registrant) {
        Duration lease = settings.leases().leaseFor(content.ttl());
        Instant now = clock.instant();
        return withStore(store -> {
            Optional<LookupRecord> duplicate = duplicateOf(store, content, now);
            if (duplicate.isPresent()) {
                throw new DuplicateRecordException(duplicate.get().uri());
            }
            String uuid = UUID.randomUUID().toString();
            Instant expires = now.plus(lease);
            long id = LocalTransaction.run(store.connection(), () -> store.insert(uuid, content.type(), content.data(),
                    content.ttl(), LookupRecord.REGISTERED, now, expires, null, null, registrant));
            return new LookupRecord(id, uuid, content.type(), content.data(), content.ttl(), LookupRecord.REGISTERED,
                    expires, false);
        });
    }

    /** A live record. Reads join a caller's transaction but start none: one read needs none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LookupRecord> find(String type, String uuid) {
        Instant now = clock.instant();
        return withStore(store -> store.byUuid(uuid, false)
                .filter(r -> r.type().equals(type) && r.expires().isAfter(now)));
    }

    /**
     * Renews one record's lease; possible until the grace period after its expiry ends. One conditional
     * UPDATE, atomic by itself, outside any container transaction: the registration daemon renews every
     * record it keeps, and a transaction around it cost three statements of its own (bin/bench lookup).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public LookupRecord renew(String type, String uuid, Optional<String> ttl, Registrant renewer) {
        Duration lease = settings.leases().leaseFor(ttl);
        Instant now = clock.instant();
        return withStore(store -> {
            int renewed = store.renew(uuid, type, now.plus(lease), ttl, now.minus(settings.grace()), renewer);
            LookupRecord record = store.byUuid(uuid, false).filter(r -> r.type().equals(type))
                    .orElseThrow(() -> new NotFoundException("Record does not exist: " + RecordUri.of(type, uuid)));
            if (renewed == 0) {
                throw new LeaseRefusedException(refusal(record, now, settings.grace())
                        .orElse("Failed to secure lease: " + record.uri() + " changed while it was renewed; try again."));
            }
            return record;
        });
    }

    /** Renews every record named; the others are reported, not failed as a whole (sLS's bulk renew). */
    public BulkRenewal renewAll(List<String> uris, Optional<String> ttl, Registrant renewer) {
        Duration lease = settings.leases().leaseFor(ttl);
        Instant now = clock.instant();
        Map<String, RecordUri> byUuid = new LinkedHashMap<>();
        uris.forEach(uri -> RecordUri.parse(uri).ifPresent(parsed -> byUuid.putIfAbsent(parsed.uuid(), parsed)));
        return withStore(store -> {
            Map<String, LookupRecord> found = new HashMap<>();
            store.lockByUuids(new ArrayList<>(byUuid.keySet())).forEach(r -> found.put(r.uuid(), r));
            List<String> failed = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            List<Long> renew = new ArrayList<>();
            for (String uri : uris) {
                Optional<RecordUri> parsed = RecordUri.parse(uri);
                LookupRecord record = parsed.map(p -> found.get(p.uuid()))
                        .filter(r -> r.type().equals(parsed.get().type())).orElse(null);
                Optional<String> refusal = record == null ? Optional.empty() : refusal(record, now, settings.grace());
                if (record == null) {
                    failed.add(uri);
                    codes.add(BulkRenewal.NOT_FOUND);
                    messages.add("Record does not exist");
                } else if (refusal.isPresent()) {
                    failed.add(uri);
                    codes.add(BulkRenewal.LEASE_REFUSED);
                    messages.add(refusal.get());
                } else if (!renew.contains(record.id())) {
                    renew.add(record.id());
                }
            }
            store.renewIds(renew, now.plus(lease), ttl, renewer);
            return new BulkRenewal(uris.size(), uris.size() - failed.size(), failed, codes, messages);
        });
    }

    /**
     * Deletes a record: allowed to the client that registered it (from the address it registered from,
     * or with the account it registered with) and to administrators. sLS let anyone delete anything, and
     * the record's {@code client-uuid} is no proof: every anonymous read shows it.
     */
    public LookupRecord delete(String type, String uuid, Registrant caller, boolean admin) {
        return withStore(store -> {
            LookupRecord record = store.byUuid(uuid, true).filter(r -> r.type().equals(type))
                    .orElseThrow(() -> new NotFoundException("Record does not exist: " + RecordUri.of(type, uuid)));
            if (record.managed()) {
                throw new PermissionDeniedException(record.uri() + " is kept by the registry; change or delete the"
                        + " service endpoint in the registry (/api/registry) instead.");
            }
            if (!admin && !store.registrant(record.id()).admits(caller)) {
                throw new PermissionDeniedException("Only the client that registered " + record.uri()
                        + " (from the address it registered from, or with its account) or an administrator may"
                        + " delete it.");
            }
            store.delete(List.of(record.id()));
            return record.withState(LookupRecord.DELETED);
        });
    }

    /** One page of the live records the query matches, in registration order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LookupPage query(LookupQuery query) {
        QuerySql.Statement select = QuerySql.of(query.conditions(), query.anyKey())
                // one more than asked tells whether there is a next page
                .select(RecordStore.COLUMNS, clock.millis(), query.maxResults() + 1, query.skip());
        return withStore(store -> {
            List<LookupRecord> rows = store.query(select);
            boolean more = rows.size() > query.maxResults();
            List<LookupRecord> page = rows.subList(0, Math.min(rows.size(), query.maxResults()));
            if (query.needsRecheck()) {
                page = page.stream().filter(query::matches).toList();
            }
            return new LookupPage(page, more, query.skip(), query.maxResults());
        });
    }

    /**
     * sLS's duplicate rule: a live record holding every submitted key with (at least) every submitted
     * value. The server's keys and the lease are not compared.
     */
    private static Optional<LookupRecord> duplicateOf(RecordStore store, RecordContent content, Instant now)
            throws SQLException {
        List<KeyCondition> conditions = new ArrayList<>();
        content.data().forEach((key, values) -> {
            if (!values.isEmpty()) {
                conditions.add(new KeyCondition(key, values, false, false));
            }
        });
        LookupQuery exact = new LookupQuery(conditions, false, 0, 20);
        QuerySql sql = QuerySql.of(conditions, false);
        // Nearly every record has a value of its own (host-name, service-locator, client-uuid...): the
        // records sharing it are few, and comparing them here is cheaper than the full query below.
        Optional<QuerySql.Statement> candidates = sql.candidates(RecordStore.COLUMNS, now.toEpochMilli(),
                DUPLICATE_CANDIDATES + 1);
        if (candidates.isPresent()) {
            List<LookupRecord> found = store.query(candidates.get());
            if (found.size() <= DUPLICATE_CANDIDATES) {
                return found.stream().filter(exact::matches).findFirst();
            }
        }
        QuerySql.Statement select = sql.select(RecordStore.COLUMNS, now.toEpochMilli(), 20, 0);
        return store.query(select).stream().filter(exact::matches).findFirst();
    }

    private static Optional<String> refusal(LookupRecord record, Instant now, Duration grace) {
        if (record.managed()) {
            return Optional.of(record.uri() + " is kept by the registry; its lease is renewed by the server.");
        }
        if (record.expires().plus(grace).isBefore(now)) {
            return Optional.of("Failed to secure lease: " + record.uri() + " expired at "
                    + RecordColumns.expires(record.expires()) + ", beyond the " + grace + " grace period; register it again.");
        }
        return Optional.empty();
    }

    private <T> T withStore(RecordStore.Work<T> work) {
        return RecordStore.using(dataSource, work);
    }
}
