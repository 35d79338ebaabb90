package org.psarchive.lookup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * At start-up, republishes the registry in the lookup service, so that records are right after an
 * upgrade, a restore of one table without the other, or a change made behind the application's back.
 */
@Singleton
@Startup
public class RegistryRecordsStartup {

    private static final Logger LOG = Logger.getLogger(RegistryRecordsStartup.class.getName());

    @EJB
    private SchemaMigrator schema;

    @EJB
    private RegistryRecords records;

    @PostConstruct
    void publish() {
        // the schema first: in the EAR, SchemaMigrator is in another module, out of @DependsOn's reach
        schema.schemaVersion();
        int hosts = records.publishAll();
        LOG.info(() -> "Lookup service: the registry's " + hosts + " host(s) published");
    }
}
