package org.psarchive.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BEGIN/COMMIT/ROLLBACK transactions on the real MariaDB and on the embedded H2. */
class LocalTransactionIT {

    private final ItDatabase database = new ItDatabase("tx");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void commitsOrRollsBackWholeOnMariaDb() throws SQLException {
        assertWholeOrNothing(database.dataSource());
    }

    @Test
    void commitsOrRollsBackWholeOnTheEmbeddedDatabase(@TempDir Path data) throws SQLException {
        assertWholeOrNothing(new ConfiguredDataSource(DatabaseSettings.embedded(data)));
    }

    private static void assertWholeOrNothing(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "CREATE TABLE tx_probe (id INT NOT NULL PRIMARY KEY)");

            int committed = LocalTransaction.run(connection, () -> {
                execute(connection, "INSERT INTO tx_probe (id) VALUES (1)");
                execute(connection, "INSERT INTO tx_probe (id) VALUES (2)");
                return 2;
            });
            SQLException duplicate = assertThrows(SQLException.class, () -> LocalTransaction.run(connection, () -> {
                execute(connection, "INSERT INTO tx_probe (id) VALUES (3)");
                execute(connection, "INSERT INTO tx_probe (id) VALUES (1)");
                return null;
            }));
            IllegalArgumentException refused = new IllegalArgumentException("refused");
            assertSame(refused, assertThrows(IllegalArgumentException.class, () -> LocalTransaction.run(connection, () -> {
                execute(connection, "INSERT INTO tx_probe (id) VALUES (4)");
                throw refused;
            })));

            int firstStatementCommitted = LocalTransaction.run(connection, "INSERT INTO tx_probe (id) VALUES (6)", () -> {
                execute(connection, "INSERT INTO tx_probe (id) VALUES (7)");
                return 7;
            });
            assertThrows(SQLException.class, () -> LocalTransaction.run(connection, "INSERT INTO tx_probe (id) VALUES (8)",
                    () -> {
                        execute(connection, "INSERT INTO tx_probe (id) VALUES (6)");
                        return null;
                    }));
            assertThrows(SQLException.class, () -> LocalTransaction.run(connection, "INSERT INTO tx_probe (id) VALUES (1)",
                    () -> {
                        execute(connection, "INSERT INTO tx_probe (id) VALUES (9)");
                        return null;
                    }));
            assertEquals(List.of(1, 2, 6, 7), ids(connection), "a first statement commits and rolls back with the rest");
            assertTrue(connection.getAutoCommit());
            execute(connection, "DELETE FROM tx_probe WHERE id IN (6, 7)");

            assertEquals(7, firstStatementCommitted);
            assertEquals(2, committed);
            assertTrue(duplicate.getSQLState().startsWith("23"), duplicate.getSQLState());
            assertEquals(List.of(1, 2), ids(connection), "both failed transactions left nothing");
            assertTrue(connection.getAutoCommit(), "the connection is back in auto-commit mode");
            execute(connection, "INSERT INTO tx_probe (id) VALUES (5)");
            execute(connection, "ROLLBACK");
            assertEquals(List.of(1, 2, 5), ids(connection), "a statement after them commits by itself");
        }
    }

    private static List<Integer> ids(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM tx_probe ORDER BY id")) {
            List<Integer> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
            return ids;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
