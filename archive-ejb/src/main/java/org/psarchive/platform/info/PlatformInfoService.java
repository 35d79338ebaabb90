package org.psarchive.platform.info;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.psarchive.platform.db.SchemaMigrator;

/** Describes the running platform. */
@Stateless
public class PlatformInfoService {

    private static final String VERSION = readVersion();

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    public PlatformInfo describe() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new PlatformInfo("psarchive", VERSION, meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), SchemaMigrator.migratedVersion().orElse("migrating"));
        } catch (SQLException e) {
            throw new IllegalStateException("database unavailable", e);
        }
    }

    private static String readVersion() {
        try (InputStream in = PlatformInfoService.class.getResourceAsStream("/psarchive-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
