package org.psarchive.platform.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/** A MariaDB database of its own for one integration test (the it.db.* properties of bin/test), dropped after it. */
public final class ItDatabase {

    public final String name;

    public ItDatabase(String purpose) {
        name = System.getProperty("it.db.name", "psarchive_it") + "_" + purpose + "_"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The database, created at the first connection. */
    public DataSource dataSource() throws SQLException {
        return server(name + "?createDatabaseIfNotExist=true");
    }

    public void drop() throws SQLException {
        try (Connection connection = server("").getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static DataSource server(String path) throws SQLException {
        String server = System.getProperty("it.db.server", "jdbc:mariadb://127.0.0.1:3306");
        return new ConfiguredDataSource(new DatabaseSettings(server + "/" + path, System.getProperty("it.db.user", "root"),
                System.getProperty("it.db.password", "")));
    }
}
