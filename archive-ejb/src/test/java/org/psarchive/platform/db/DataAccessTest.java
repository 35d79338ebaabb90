package org.psarchive.platform.db;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of data-access tests: a migrated MariaDB database and H2 file database of the class's own,
 * dropped after it; tests take a kind from {@link #kinds()} ({@code @MethodSource("kinds")}) and run once
 * on each database.
 */
public abstract class DataAccessTest {

    protected static DataAccessDatabases databases;

    @BeforeAll
    static void migrate() throws SQLException {
        databases = DataAccessDatabases.migrated();
    }

    @AfterAll
    static void drop() throws SQLException {
        databases.close();
    }

    protected static List<String> kinds() {
        return DataAccessDatabases.kinds().toList();
    }
}
