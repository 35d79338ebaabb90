package org.psarchive.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes {@link AuthSettings} injectable, read once: they come from the environment, which does not change
 * while we run, and the filter consults them on every request.
 */
@ApplicationScoped
class AuthConfiguration {

    @Inject
    private Config config;

    @Produces
    @Singleton
    AuthSettings settings() {
        return AuthSettings.read(config);
    }
}
