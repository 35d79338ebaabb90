package org.psarchive.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The two databases a data-access test runs against, migrated: a MariaDB database of its own
 * ({@link ItDatabase}) and the embedded H2 in MODE=MariaDB that {@link ConfiguredDataSource} uses by
 * default. Open one per test class ({@code @BeforeAll}) and close it after ({@code @AfterAll}).
 */
public final class DataAccessDatabases implements AutoCloseable {

    /** The names a parameterized test iterates over ({@code @MethodSource}). */
    public static Stream<String> kinds() {
        return Stream.of("mariadb", "h2");
    }

    private final ItDatabase mariadb = new ItDatabase("dao");
    private final Path h2Directory;
    private final DataSource mariadbSource;
    private final DataSource h2Source;

    private DataAccessDatabases() throws SQLException {
        try {
            h2Directory = Files.createTempDirectory("psarchive-dao-h2");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mariadbSource = mariadb.dataSource();
        h2Source = new ConfiguredDataSource(DatabaseSettings.embedded(h2Directory));
        SchemaMigrator.flyway(mariadbSource, null).migrate();
        SchemaMigrator.flyway(h2Source, null).migrate();
    }

    public static DataAccessDatabases migrated() throws SQLException {
        return new DataAccessDatabases();
    }

    public DataSource get(String kind) {
        return switch (kind) {
            case "mariadb" -> mariadbSource;
            case "h2" -> h2Source;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @Override
    public void close() throws SQLException {
        mariadb.drop();
        try (Stream<Path> files = Files.walk(h2Directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
