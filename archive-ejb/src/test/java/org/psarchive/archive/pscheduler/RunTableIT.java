package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.ArchiveRows;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.platform.db.DataAccessTest;

/** {@link RunTable} on MariaDB and H2: a run is claimed once, and found by its hash afterwards. */
class RunTableIT extends DataAccessTest {

    @ParameterizedTest
    @MethodSource("kinds")
    void claimsARunOnceAndFindsItsRecord(String kind) throws SQLException {
        try (Connection connection = databases.get(kind).getConnection()) {
            String key = ArchiveRows.newKey();
            long metadata = ArchiveRows.metadata(connection, key, "10.0.0.1", "10.0.0.2", "pscheduler/iperf3", java.util.Map.of());
            String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
            RunTable runs = new RunTable(connection);

            assertEquals(Optional.empty(), runs.archived(hash));
            runs.claim(hash, metadata, Instant.parse("2026-06-01T12:00:00Z"));

            assertEquals(Optional.of(new MetadataKey(key)), runs.archived(hash));
            assertThrows(SQLIntegrityConstraintViolationException.class,
                    () -> runs.claim(hash, metadata, Instant.parse("2026-06-01T12:00:01Z")), "a parallel retry's claim");
        }
    }
}
