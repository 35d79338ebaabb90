package org.psarchive.lookup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * At start-up, republishes the registry in the lookup service, so that records are right after an
 * upgrade, a restore of one table without the other, or a change made behind the application's back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class RegistryRecordsStartup {

    private static final Logger LOG = Logger.getLogger(RegistryRecordsStartup.class.getName());

    @EJB
    private RegistryRecords records;

    @PostConstruct
    void publish() {
        int hosts = records.publishAll();
        LOG.info(() -> "Lookup service: the registry's " + hosts + " host(s) published");
    }
}
