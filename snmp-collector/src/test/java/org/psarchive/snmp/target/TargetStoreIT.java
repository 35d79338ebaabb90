package org.psarchive.snmp.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psarchive.platform.db.ConfiguredDataSource;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.PrivProtocol;
import org.psarchive.snmp.client.UsmUser;

/**
 * {@link TargetStore} on the real MariaDB (a database of its own, migrated by Flyway, dropped after) and on
 * the embedded H2: typed rows in and out, and secrets that a database dump does not reveal.
 */
class TargetStoreIT {

    private static final String SERVER = System.getProperty("it.db.server", "jdbc:mariadb://127.0.0.1:3306");
    private static final String DATABASE = "psarchive_it_targets_" + UUID.randomUUID().toString().substring(0, 8);
    private static DataSource mariaDb;

    private final SecretBox box = new SecretBox(SecretBoxTest.randomKey());

    @BeforeAll
    static void migrate() throws SQLException {
        mariaDb = dataSource(DATABASE + "?createDatabaseIfNotExist=true");
        SchemaMigrator.flyway(mariaDb, null).migrate();
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection connection = dataSource("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void storesAndReadsBackEveryFieldOnMariaDb() throws SQLException {
        assertRoundTrip(new TargetStore(mariaDb));
    }

    @Test
    void storesAndReadsBackEveryFieldOnTheEmbeddedDatabase(@TempDir Path data) throws SQLException {
        DataSource h2 = new ConfiguredDataSource(DatabaseSettings.embedded(data));
        SchemaMigrator.flyway(h2, null).migrate();
        assertRoundTrip(new TargetStore(h2));
    }

    @Test
    void aDumpOfTheTableDoesNotRevealTheSecrets() throws SQLException {
        TargetStore store = new TargetStore(mariaDb);
        TargetName name = unique();
        store.insert(v3(name));

        try (Connection connection = mariaDb.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM snmp_target WHERE name = ?")) {
            select.setString(1, name.value());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                ResultSetMetaData columns = row.getMetaData();
                StringBuilder dump = new StringBuilder();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    dump.append(columns.getColumnName(i)).append('=').append(row.getString(i)).append(' ');
                }
                String text = dump.toString();
                assertFalse(text.contains("authpass123") || text.contains("privpass123"), text);
                assertTrue(row.getString("auth_password").startsWith("v1:"), text);
                assertTrue(row.getString("priv_password").startsWith("v1:"), text);
            }
        }
    }

    @Test
    void refusesASecondTargetOfTheSameNameAndLeavesTheFirst() throws SQLException {
        TargetStore store = new TargetStore(mariaDb);
        TargetName name = unique();
        store.insert(v2c(name, "first.example.org"));

        assertThrows(ConflictException.class, () -> store.insert(v2c(name, "second.example.org")));

        assertEquals("first.example.org", store.find(name).orElseThrow().host().value());
    }

    @Test
    void enablesDisablesDeletesAndCountsSecrets() throws SQLException {
        TargetStore store = new TargetStore(mariaDb);
        TargetName name = unique();
        long before = store.sealedSecrets();
        store.insert(v3(name));
        assertEquals(before + 2, store.sealedSecrets());

        Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertTrue(store.setEnabled(name, false, later));
        assertFalse(store.find(name).orElseThrow().enabled());
        assertEquals(later, store.find(name).orElseThrow().updated());
        assertTrue(store.enabled().stream().noneMatch(target -> target.name().equals(name)));
        assertTrue(store.setEnabled(name, true, later));
        assertTrue(store.enabled().stream().anyMatch(target -> target.name().equals(name)));

        assertTrue(store.delete(name));
        assertFalse(store.delete(name));
        assertFalse(store.setEnabled(name, true, later));
        assertEquals(Optional.empty(), store.find(name));
        assertEquals(before, store.sealedSecrets());
    }

    private void assertRoundTrip(TargetStore store) throws SQLException {
        TargetName name = unique();
        StoredTarget inserted = store.insert(v3(name));
        assertTrue(inserted.id() > 0);

        StoredTarget read = store.find(name).orElseThrow();
        assertEquals(inserted, read);
        assertEquals(new UsmUser("tester", AuthProtocol.SHA_256, "authpass123", PrivProtocol.AES_256, "privpass123"),
                read.credentials(box));

        StoredTarget changed = TargetRules.apply(name, read, new TargetChanges(null, 1161, null, "public", null, null,
                null, null, null, 5, List.of(), List.of("lo"), false), (field, secret) -> box.seal(name, field, secret), read.updated().plusSeconds(1));
        assertTrue(store.update(changed));
        StoredTarget reread = store.find(name).orElseThrow();
        assertEquals(changed, reread);
        assertEquals(new Community("public"), reread.credentials(box));
        assertTrue(store.list().stream().anyMatch(target -> target.name().equals(name)));
    }

    private StoredTarget v3(TargetName name) {
        TargetChanges changes = new TargetChanges("2001:db8::1", 16161, null, null, "tester",
                Optional.of(AuthProtocol.SHA_256), "authpass123", Optional.of(PrivProtocol.AES_256), "privpass123", 60,
                List.of("xe-*", "et-0/0/?"), List.of("*.32767"), true);
        return TargetRules.apply(name, null, changes, (field, secret) -> box.seal(name, field, secret),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private StoredTarget v2c(TargetName name, String host) {
        TargetChanges changes = new TargetChanges(host, null, null, "public", null, null, null, null, null, null, null,
                null, null);
        return TargetRules.apply(name, null, changes, (field, secret) -> box.seal(name, field, secret),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static TargetName unique() {
        return new TargetName("store-it-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static DataSource dataSource(String path) throws SQLException {
        return new ConfiguredDataSource(new DatabaseSettings(SERVER + "/" + path,
                System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", "")));
    }
}
