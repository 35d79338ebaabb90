package org.psarchive.archive.pscheduler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * {@code ps_run}: the runs archived through the http archiver's route, by the SHA-256 of their id, each
 * with the record it was stored in, so a resent run is stored once.
 */
final class RunTable {

    private final Connection connection;

    RunTable(Connection connection) {
        this.connection = connection;
    }

    /** The key of the record a run of this hash was stored in. */
    Optional<MetadataKey> archived(String runHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.metadata_key FROM ps_run r"
                + " JOIN ps_metadata m ON m.id = r.metadata_id WHERE r.run_hash = ?")) {
            select.setString(1, runHash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new MetadataKey(row.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * Records that a run of this hash was stored in the record {@code metadataId}; a concurrent claim of the
     * same run makes this fail with the unique key's {@code SQLIntegrityConstraintViolationException}.
     */
    void claim(String runHash, long metadataId, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ps_run (run_hash, metadata_id, archived_at) VALUES (?, ?, ?)")) {
            insert.setString(1, runHash);
            insert.setLong(2, metadataId);
            insert.setObject(3, DatabaseTime.forJdbc(at));
            insert.executeUpdate();
        }
    }
}
