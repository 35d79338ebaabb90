package org.psarchive.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void embeddedDatabaseLivesInTheDataDirectoryInMariaDbMode() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("/var/lib/psarchive"));

        assertEquals("jdbc:h2:file:/var/lib/psarchive/db/psarchive" + DatabaseSettings.EMBEDDED_OPTIONS,
                settings.url());
        assertTrue(settings.url().contains("MODE=MariaDB"));
        assertEquals(DatabaseKind.H2, settings.kind());
    }

    @Test
    void relativeDataDirectoryIsMadeAbsolute() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("data"));

        assertTrue(settings.url().startsWith("jdbc:h2:file:/"), settings.url());
    }

    @Test
    void tellsTheKindFromTheUrl() {
        assertEquals(DatabaseKind.MARIADB, DatabaseKind.ofUrl("jdbc:mariadb://db.example.org:3306/psarchive"));
        assertEquals(DatabaseKind.H2, DatabaseKind.ofUrl("jdbc:h2:mem:x"));
    }

    @Test
    void rejectsOtherDatabasesWithoutEchoingCredentials() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DatabaseKind.ofUrl("jdbc:postgresql://h/db?password=hunter2"));

        assertTrue(error.getMessage().contains("PSARCHIVE_DB_URL"));
        assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
    }

    @Test
    void givesAnH2UrlWithoutModeTheMariaDbMode() {
        assertEquals("jdbc:h2:mem:x" + DatabaseSettings.EMBEDDED_OPTIONS,
                DatabaseSettings.withCompatibilityMode("jdbc:h2:mem:x"));
        assertEquals("jdbc:h2:mem:x;MODE=MariaDB", DatabaseSettings.withCompatibilityMode("jdbc:h2:mem:x;MODE=MariaDB"));
        assertEquals("jdbc:mariadb://h/db", DatabaseSettings.withCompatibilityMode("jdbc:mariadb://h/db"));
    }

    @Test
    void givesMariaDbServerPreparedStatementsUnlessTheUrlChooses() {
        assertEquals("jdbc:mariadb://h/db?useServerPrepStmts=true", DatabaseSettings.withDriverDefaults("jdbc:mariadb://h/db"));
        assertEquals("jdbc:mariadb://h/db?sslMode=verify-full&useServerPrepStmts=true",
                DatabaseSettings.withDriverDefaults("jdbc:mariadb://h/db?sslMode=verify-full"));
        assertEquals("jdbc:mariadb://h/db?useServerPrepStmts=false",
                DatabaseSettings.withDriverDefaults("jdbc:mariadb://h/db?useServerPrepStmts=false"));
        assertEquals("jdbc:mariadb://h/db?USESERVERPREPSTMTS=false",
                DatabaseSettings.withDriverDefaults("jdbc:mariadb://h/db?USESERVERPREPSTMTS=false"));
        assertEquals("jdbc:h2:mem:x;MODE=MariaDB", DatabaseSettings.withDriverDefaults("jdbc:h2:mem:x;MODE=MariaDB"));
    }

    @Test
    void neverPrintsThePassword() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:mariadb://h:3306/psarchive?password=hunter2", "archive", "s3cret");

        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
        assertTrue(settings.toString().contains("jdbc:mariadb://h:3306/psarchive"));
    }
}
