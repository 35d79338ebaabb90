package org.psarchive.lookup;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The base of the lookup service's data-access tests: a migrated MariaDB database and an embedded H2 of
 * the class's own ({@link LookupDatabases}), dropped after it; tests take a kind from {@link #kinds()}
 * ({@code @MethodSource("kinds")}) and run once on each.
 */
abstract class LookupDataAccessTest {

    protected static LookupDatabases databases;

    @BeforeAll
    static void migrate() throws SQLException {
        databases = new LookupDatabases();
    }

    @AfterAll
    static void drop() throws SQLException {
        databases.close();
    }

    static List<String> kinds() {
        return LookupDatabases.kinds();
    }
}
