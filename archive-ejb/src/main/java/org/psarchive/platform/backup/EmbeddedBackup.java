package org.psarchive.platform.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** H2's online backup: a consistent copy of the database in one zip file, while the database stays in use. */
final class EmbeddedBackup {

    private EmbeddedBackup() {
    }

    static void writeTo(Connection connection, Path file) throws SQLException {
        // BACKUP TO takes a literal, not a parameter; the path is ours (the data directory and a timestamp)
        String literal = file.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + literal + "'");
        }
    }
}
