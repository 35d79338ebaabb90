package org.psarchive.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations on the real MariaDB and on the embedded H2: a fresh install, and an upgrade of a
 * database holding data at every earlier version.
 */
class SchemaMigrationIT {

    private final ItDatabase database = new ItDatabase("migration");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void migratesAnEmptyMariaDbToTheLatestVersion() throws SQLException {
        DataSource dataSource = database.dataSource();

        SchemaMigrator.migrate(dataSource);

        MigrationInfo current = SchemaMigrator.flyway(dataSource, null).info().current();
        assertEquals(latestVersion(dataSource), current.getVersion());
        SchemaMigrator.flyway(dataSource, null).validate();
    }

    @Test
    void upgradesAMariaDbHoldingDataAtEveryEarlierVersionWithoutLosingRows() throws Exception {
        assertUpgradeKeepsRows(database.dataSource());
    }

    @Test
    void upgradesTheEmbeddedDatabaseWithoutLosingRows(@TempDir Path data) throws Exception {
        assertUpgradeKeepsRows(new ConfiguredDataSource(DatabaseSettings.embedded(data)));
    }

    @Test
    void embeddedDatabaseSurvivesAReopen(@TempDir Path data) throws Exception {
        SchemaMigrator.migrate(new ConfiguredDataSource(DatabaseSettings.embedded(data)));
        DataSource reopened = new ConfiguredDataSource(DatabaseSettings.embedded(data));

        assertEquals(0, SchemaMigrator.migrate(reopened).migrationsExecuted, "nothing left to migrate");
        assertTrue(SchemaMigrator.flyway(reopened, null).info().current() != null);
    }

    /**
     * Walks the migrations one version at a time, loading each version's fixture rows, and checks
     * that no later migration lost a row of an earlier table.
     */
    private void assertUpgradeKeepsRows(DataSource dataSource) throws Exception {
        Map<String, Long> expected = new LinkedHashMap<>();
        for (MigrationInfo migration : SchemaMigrator.flyway(dataSource, null).info().pending()) {
            String version = migration.getVersion().getVersion();
            SchemaMigrator.flyway(dataSource, version).migrate();
            loadFixture(dataSource, version);
            expected.putAll(rowCounts(dataSource));
        }
        SchemaMigrator.migrate(dataSource);

        Map<String, Long> after = rowCounts(dataSource);
        expected.forEach((table, rows) -> assertEquals(rows, after.get(table), "rows of " + table));
        assertTrue(expected.values().stream().mapToLong(Long::longValue).sum() > 0,
                "the fixtures put rows in the database");
        assertEquals(Arrays.asList(1767225600L, null), timesUpdated(dataSource, 9001, 9002),
                "V8 keeps a base series' time-updated and clears its summaries'");
    }

    private static List<Long> timesUpdated(DataSource dataSource, long... seriesIds) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT time_updated FROM ps_series WHERE id = ?")) {
            for (long id : seriesIds) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    long time = row.getLong(1);
                    times.add(row.wasNull() ? null : time);
                }
            }
        }
        return times;
    }

    private static void loadFixture(DataSource dataSource, String version) throws IOException, SQLException {
        try (InputStream in = SchemaMigrationIT.class.getResourceAsStream("/db/fixtures/V" + version + ".sql")) {
            if (in == null) {
                return;
            }
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        }
    }

    private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(),
                    connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    counts.put(tables.getString("TABLE_NAME").toLowerCase(), 0L);
                }
            }
            counts.remove("schema_history");
            for (String table : counts.keySet()) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static MigrationVersion latestVersion(DataSource dataSource) {
        MigrationInfo[] all = SchemaMigrator.flyway(dataSource, null).info().all();
        return all[all.length - 1].getVersion();
    }
}
