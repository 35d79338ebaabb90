package org.psarchive.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A transaction of its own on a connection outside any container transaction, begun and ended with
 * SQL statements. MariaDB's driver sends every auto-commit change as a statement of its own, so
 * {@code setAutoCommit(false)}, {@code commit()} and {@code setAutoCommit(true)} are three round trips
 * where {@code BEGIN} and {@code COMMIT} are two; a container (JTA) transaction costs the same three plus
 * its enlistment (about a quarter of Payara's CPU for a lookup registration; docs/benchmarks.md). H2
 * knows both statements too.
 */
public final class LocalTransaction {

    /** The transaction's work; whatever it throws rolls the transaction back. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    private LocalTransaction() {
    }

    /** Runs {@code work} in one transaction on {@code connection}, which must be in auto-commit mode. */
    public static <T> T run(Connection connection, Work<T> work) throws SQLException {
        return run(connection, null, work);
    }

    /**
     * {@link #run(Connection, Work)}, with {@code firstStatement} sent in the round trip of {@code BEGIN}:
     * MariaDB's driver pipelines a batch of plain statements (sends them all, then reads every answer).
     * It must be complete SQL without parameters; the caller writes its values into it.
     */
    public static <T> T run(Connection connection, String firstStatement, Work<T> work) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("a local transaction needs a connection in auto-commit mode,"
                    + " outside any other transaction");
        }
        try {
            if (firstStatement == null) {
                execute(connection, "BEGIN");
            } else {
                try (Statement statement = connection.createStatement()) {
                    statement.addBatch("BEGIN");
                    statement.addBatch(firstStatement);
                    statement.executeBatch();
                }
            }
            T result = work.run();
            execute(connection, "COMMIT");
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                execute(connection, "ROLLBACK");
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
