package org.psarchive.lookup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.psarchive.platform.db.ConfiguredDataSource;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * The two databases a data-access test of the lookup service runs against, migrated by Flyway: a
 * MariaDB database of its own (the it.db.* properties of bin/test, dropped at {@link #close()}) and
 * the embedded H2 in MODE=MariaDB that the platform uses by default.
 */
final class LookupDatabases implements AutoCloseable {

    static List<String> kinds() {
        return List.of("mariadb", "h2");
    }

    private final String name = System.getProperty("it.db.name", "psarchive_it") + "_dao_"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Path h2Directory;
    private final DataSource mariadb;
    private final DataSource h2;

    LookupDatabases() throws SQLException {
        try {
            h2Directory = Files.createTempDirectory("psarchive-dao-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mariadb = server(name + "?createDatabaseIfNotExist=true");
        h2 = new ConfiguredDataSource(DatabaseSettings.embedded(h2Directory));
        SchemaMigrator.flyway(mariadb, null).migrate();
        SchemaMigrator.flyway(h2, null).migrate();
    }

    DataSource get(String kind) {
        return kind.equals("mariadb") ? mariadb : h2;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
        try (Stream<Path> files = Files.walk(h2Directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSource server(String path) throws SQLException {
        String server = System.getProperty("it.db.server", "jdbc:mariadb://127.0.0.1:3306");
        return new ConfiguredDataSource(new DatabaseSettings(server + "/" + path, System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", "")));
    }
}
