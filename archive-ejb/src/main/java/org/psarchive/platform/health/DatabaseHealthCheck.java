package org.psarchive.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
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
 */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        Optional<String> schemaVersion = SchemaMigrator.migratedVersion();
        if (schemaVersion.isEmpty()) {
            return response.down().withData("schema-version", "migrating").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            return response.status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("schema-version", schemaVersion.get())
                    .build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
