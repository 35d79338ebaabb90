package org.psarchive.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link LookupSettings} injectable, read once: the configuration comes from the environment, which
 * does not change while we run, and asking MicroProfile Config on every registration cost a measurable
 * share (bin/bench lookup).
 */
@ApplicationScoped
public class LookupConfiguration {

    @Inject
    private Config config;

    @Produces
    @Singleton
    public LookupSettings settings() {
        return LookupSettings.read(config);
    }
}
