package org.psarchive.archive.metadata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records copied from another archive under their own keys (the importer's one way into
 * {@code ps_metadata}), on the caller's connection and in its transaction. A record gets the checksum
 * its content would have had, had it been POSTed here, so a host's next POST of the same body finds it.
 */
public final class ImportedRecords {

    /** What storing a record found. */
    public enum Outcome {
        /** stored now */
        CREATED,
        /** stored before, with this content */
        EXISTED,
        /** another key holds this content */
        COLLISION,
        /** the key holds other content */
        KEY_TAKEN
    }

    /** The outcome, and the stored record (the one holding the checksum, for a collision). */
    public record Stored(Outcome outcome, Metadata record) {
    }

    private ImportedRecords() {
    }

    /**
     * Stores {@code metadata} under {@code key}, unless it is stored already, another key holds the same
     * content (a collision: the source had two records this archive sees as one) or the key holds other
     * content; in those two cases nothing is stored and the caller reports it.
     */
    public static Stored store(Connection connection, MetadataKey key, NewMetadata metadata, Instant now)
            throws SQLException {
        MetadataStore store = new MetadataStore(connection);
        String checksum = metadata.checksum();
        Optional<Metadata> twin = store.byChecksum(checksum);
        if (twin.isPresent()) {
            return new Stored(twin.get().key().equals(key) ? Outcome.EXISTED : Outcome.COLLISION, twin.get());
        }
        Optional<Metadata> existing = store.byKey(key.value());
        if (existing.isPresent()) {
            return new Stored(Outcome.KEY_TAKEN, existing.get());
        }
        long id = store.insert(key, metadata, checksum, now);
        return new Stored(Outcome.CREATED, store.byIds(List.of(id)).get(0));
    }

    /** The stored record with this key, if any. */
    public static Optional<Metadata> find(Connection connection, MetadataKey key) throws SQLException {
        return new MetadataStore(connection).byKey(key.value());
    }

    /** The stored record with this content's checksum, if any. */
    public static Optional<Metadata> withContent(Connection connection, NewMetadata metadata) throws SQLException {
        return new MetadataStore(connection).byChecksum(metadata.checksum());
    }
}
