package org.psarchive.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * Ready and live only once the schema is migrated and while the database answers: without it nothing psarchive does can succeed,
 * and a restart is the operator's best first remedy.
 *
 * <p>"Answers" means a query of one of psarchive's own tables, not {@code Connection.isValid}: a pooled
 * connection stayed valid while H2 had closed its database after running out of memory (every endpoint
 * answered 500 and this check still said UP), and a MariaDB whose psarchive database was dropped still
 * answers a ping.
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;
    /** Counts the schema history (a few dozen rows): cheap, and answered only by a database that is open. */
    private static final String PROBE = "SELECT COUNT(*) FROM schema_history";

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        Optional<String> schemaVersion = SchemaMigrator.migratedVersion();
        if (schemaVersion.isEmpty()) {
            return response.down().withData("schema-version", "migrating").build();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement probe = connection.prepareStatement(PROBE)) {
            probe.setQueryTimeout(VALIDATION_TIMEOUT_SECONDS);
            try (ResultSet row = probe.executeQuery()) {
                row.next();
            }
            return response.up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schema-version", schemaVersion.get())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
