package org.psarchive.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The vendor data source chosen from {@link DatabaseSettings} at run time.
 *
 * <p>{@code @DataSourceDefinition} fixes its class at build time, yet one artifact must run on the
 * embedded H2 default and on MariaDB. The container's pool therefore instantiates this class, which
 * delegates to H2's or MariaDB's own data source according to {@code PSARCHIVE_DB_URL}. The
 * credentials never pass through the container's pool properties, so they cannot show up in its
 * configuration dumps or logs.
 */
public class ConfiguredDataSource implements DataSource {

    private final DataSource delegate;

    public ConfiguredDataSource() throws SQLException {
        this(DatabaseSettings.fromEnvironment());
    }

    public ConfiguredDataSource(DatabaseSettings settings) throws SQLException {
        this.delegate = switch (settings.kind()) {
            case H2 -> h2(settings);
            case MARIADB -> mariadb(settings);
        };
    }

    private static DataSource h2(DatabaseSettings settings) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }

    private static DataSource mariadb(DatabaseSettings settings) throws SQLException {
        MariaDbDataSource mariadb = new MariaDbDataSource(settings.url());
        if (!settings.user().isEmpty()) {
            mariadb.setUser(settings.user());
            mariadb.setPassword(settings.password());
        }
        return mariadb;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The pool may pass the (empty) user of @DataSourceDefinition; the configured one wins.
        return delegate.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger(ConfiguredDataSource.class.getPackageName());
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this) || type.isInstance(delegate);
    }
}
