package org.psarchive.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the platform's one data source and brings its schema up to date before anything else runs.
 *
 * <p>The schema is owned by versioned Flyway migrations in {@code db/migration}, written once in the
 * SQL that MariaDB and H2 (in MariaDB mode) both accept; JPA never generates tables. Deployment fails
 * if a migration fails, so the platform never serves on a half-migrated schema.
 */
@DataSourceDefinition(
        name = SchemaMigrator.DATA_SOURCE,
        className = "org.psarchive.platform.db.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        // every connection of the pool has the same credentials: matching them at each checkout only
        // cost CPU and a lock (measured under bin/bench lookup)
        properties = {"fish.payara.match-connections=false"})
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits its own transactions
public class SchemaMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/psarchive";

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    /** Static, so health checks can read it without waiting on (or starting) this singleton. */
    private static volatile String schemaVersion;

    @PostConstruct
    void migrateAtStartup() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        LOG.info(() -> "Database: " + settings.kind() + " at " + settings.redactedUrl());
        MigrateResult result = migrate(dataSource);
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        schemaVersion = version;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** Applies every pending migration; used at start-up and by the upgrade tests. */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource, null).migrate();
    }

    /** Flyway over our migrations, optionally stopping at {@code target} (tests of upgrade paths). */
    public static Flyway flyway(DataSource dataSource, String target) {
        var configuration = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("schema_history")
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /**
     * The schema version migrated to at start-up. Called through the container, it returns only once the
     * migrations ran (the container initialises this singleton first): start-up beans of other modules
     * (the lookup service's, in registry-war) call it, as {@code @DependsOn("SchemaMigrator")} reaches
     * only beans of the same module, and the EAR's module path in it would not exist in the Micro WAR.
     */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The schema version this application migrated to at start-up; empty until migrations finished. */
    public static java.util.Optional<String> migratedVersion() {
        return java.util.Optional.ofNullable(schemaVersion);
    }
}
