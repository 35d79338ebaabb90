package org.psarchive.platform.backup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.psarchive.platform.db.DatabaseKind;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;

/**
 * Takes an online backup of the embedded database into {@code $PSARCHIVE_DATA/backups}, named by its time
 * ({@code psarchive-20261205T003000Z.zip}). On MariaDB it refuses and says what to use instead: the
 * database's own tools make consistent backups of it, and run where its files are.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupService {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'psarchive-'yyyyMMdd'T'HHmmss'Z.zip'")
            .withZone(ZoneOffset.UTC);

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    public Backup create() {
        if (DatabaseSettings.fromEnvironment().kind() != DatabaseKind.H2) {
            throw new ConflictException("The platform runs on MariaDB: back it up with MariaDB's tools, e.g."
                    + " mariadb-dump --single-transaction (docs/operations.md, \"Backups\").");
        }
        Instant taken = clock.instant();
        Path directory = DatabaseSettings.dataDirectory().toAbsolutePath().normalize().resolve("backups");
        Path file = directory.resolve(NAME.format(taken));
        try {
            Files.createDirectories(directory);
            if (Files.exists(file)) {
                throw new ConflictException("A backup of this second exists already: " + file + "; try again.");
            }
            try (Connection connection = dataSource.getConnection()) {
                EmbeddedBackup.writeTo(connection, file);
            }
            return new Backup(file, Files.size(file), taken);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the backup could not be written to " + file + ": " + e.getMessage(), e);
        }
    }
}
