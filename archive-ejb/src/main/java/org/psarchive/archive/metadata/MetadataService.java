package org.psarchive.archive.metadata;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.psarchive.platform.cache.TransactionEnd;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.NotFoundException;

/**
 * Metadata records: idempotent creation, lookup, search with paging, deletion. The rules, the
 * transactions and the caches are here; the SQL is {@link MetadataStore}'s, plain JDBC on a connection
 * in the container's transaction: every query is a fixed number of indexed statements whatever the page size.
 */
@Stateless
public class MetadataService {

    @Inject
    private Clock clock;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private RecordsForWriting forWriting;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    /** The record with this content: the one stored already, or a new one, in the caller's transaction. */
    public Metadata create(NewMetadata metadata) {
        return findOrInsert(metadata, false);
    }

    /**
     * {@link #create}, on its own: the esmond API's POST. Outside a container transaction, because
     * pScheduler posts the same record before every result, and finding it needs none (a transaction
     * cost three statements of its own: {@code set autocommit}, {@code COMMIT} and {@code set autocommit}
     * again; bin/bench archive). Only a new record is written in a transaction, a {@link LocalTransaction}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Metadata post(NewMetadata metadata) {
        return findOrInsert(metadata, true);
    }

    private Metadata findOrInsert(NewMetadata metadata, boolean localTransaction) {
        String checksum = metadata.checksum();
        try (Connection connection = dataSource.getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            Optional<Metadata> existing = forWriting.withChecksum(checksum)
                    .flatMap(known -> refreshed(store, known));
            if (existing.isPresent()) {
                return existing.get();
            }
            existing = store.byChecksum(checksum);
            if (existing.isPresent()) {
                forWriting.putWithChecksum(checksum, existing.get());
                return existing.get();
            }
            try {
                long id = localTransaction
                        ? LocalTransaction.run(connection, () -> store.insert(metadata, checksum, clock.instant()))
                        : store.insert(metadata, checksum, clock.instant());
                Metadata created = store.byIds(List.of(id)).get(0);
                forWriting.putWithChecksum(checksum, created);
                return created;
            } catch (SQLIntegrityConstraintViolationException concurrentTwin) {
                // the same content was created by a concurrent request a moment ago
                return store.byChecksum(checksum).orElseThrow(() -> concurrentTwin);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("metadata create failed", e);
        }
    }

    /**
     * A record found by this checksum before, if it is still stored, with its event types' time-updated
     * read again: one statement on one table where loading it takes three. Its content and series never
     * change (changed content is a new record, with a new id), so only whether it still exists (its
     * series do while it does) and when it was written need reading.
     */
    private static Optional<Metadata> refreshed(MetadataStore store, Metadata known) {
        Map<String, Long> timeUpdated;
        try {
            timeUpdated = store.eventTypeTimes(known.id());
        } catch (SQLException e) {
            throw new IllegalStateException("metadata lookup failed", e);
        }
        for (Metadata.Series s : known.series()) {
            if (!timeUpdated.containsKey(s.key().eventType())) {
                return Optional.empty(); // deleted (or never had a series): looked up by checksum instead
            }
        }
        return Optional.of(new Metadata(known.id(), known.key(), known.subjectType(), known.subject(),
                known.parameters(), List.copyOf(Metadata.withEventTypeTimes(known.series(), timeUpdated))));
    }

    public Optional<Metadata> find(MetadataKey key) {
        try (Connection connection = dataSource.getConnection()) {
            return new MetadataStore(connection).byKey(key.value());
        } catch (SQLException e) {
            throw new IllegalStateException("metadata lookup failed", e);
        }
    }

    public Metadata require(String key) {
        return MetadataKey.parse(key).flatMap(this::find)
                .orElseThrow(() -> new NotFoundException("Not found."));
    }

    /** The record to write points into: {@link #require}, from memory when it was written to lately. */
    public Metadata requireForWriting(String key) {
        Optional<Metadata> known = forWriting.get(key);
        if (known.isPresent()) {
            return known.get();
        }
        long readAt = forWriting.generation();
        Metadata record = require(key);
        forWriting.put(key, record, readAt);
        return record;
    }

    public MetadataPage search(MetadataFilter filter, int limit, int offset) {
        MetadataQuery query = MetadataQuery.of(filter);
        try (Connection connection = dataSource.getConnection()) {
            MetadataStore store = new MetadataStore(connection);
            long total = store.count(query);
            List<Long> ids = store.page(query, limit, offset);
            return new MetadataPage(store.byIds(ids), total);
        } catch (SQLException e) {
            throw new IllegalStateException("metadata search failed", e);
        }
    }

    /** Deletes the record and, through the foreign keys, all its series and points. */
    public void delete(MetadataKey key) {
        try (Connection connection = dataSource.getConnection()) {
            if (!new MetadataStore(connection).delete(key.value())) {
                throw new NotFoundException("No metadata with key " + key + ".");
            }
            // now, and once the deletion is committed, so that no write reading it in between keeps it
            forWriting.forget(key.value());
            TransactionEnd.then(transaction, () -> forWriting.forget(key.value()));
        } catch (SQLException e) {
            throw new IllegalStateException("metadata delete failed", e);
        }
    }
}
