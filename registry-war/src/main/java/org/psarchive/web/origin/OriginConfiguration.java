package org.psarchive.web.origin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.psarchive.web.auth.AuthSettings;

/**
 * Reads {@code PSARCHIVE_PUBLIC_URL} and {@code PSARCHIVE_ALLOWED_HOSTS} once, with the trusted proxies of
 * {@code PSARCHIVE_TRUSTED_PROXIES}, into the injectable {@link PublicOrigin}.
 */
@ApplicationScoped
class OriginConfiguration {

    private static final Logger LOG = Logger.getLogger(OriginConfiguration.class.getName());

    @Inject
    private Config config;

    @Inject
    private AuthSettings auth;

    @Produces
    @Singleton
    PublicOrigin origin() {
        Optional<java.net.URI> publicUrl = PublicOrigin.parsePublicUrl(
                config.getOptionalValue("psarchive.public.url", String.class).orElse(null));
        Optional<String> hosts = config.getOptionalValue("psarchive.allowed.hosts", String.class);
        AllowedHosts allowed = hosts.map(AllowedHosts::of).orElseGet(AllowedHosts::thisMachine);
        if (publicUrl.isPresent()) {
            LOG.info(() -> "absolute URLs name " + publicUrl.get() + " (PSARCHIVE_PUBLIC_URL)");
        } else if (hosts.isEmpty()) {
            LOG.info(() -> "absolute URLs follow the request's Host when it names this machine " + allowed.names()
                    + "; behind a proxy or under another name set PSARCHIVE_PUBLIC_URL or PSARCHIVE_ALLOWED_HOSTS");
        }
        return new PublicOrigin(publicUrl, allowed, auth.clientAddress());
    }
}
