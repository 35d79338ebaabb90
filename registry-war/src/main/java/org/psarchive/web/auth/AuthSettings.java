package org.psarchive.web.auth;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.psarchive.account.Cidr;

/**
 * Authentication settings, read once from MicroProfile Config ({@link AuthConfiguration} injects them):
 * {@code PSARCHIVE_TRUSTED_PROXIES} (comma-separated CIDRs whose X-Forwarded-For is believed) and
 * {@code PSARCHIVE_AUTH_READS} ({@code true} requires authentication for reads too).
 */
public record AuthSettings(ClientAddress clientAddress, boolean readsRequireAuthentication) {

    static AuthSettings read(Config config) {
        String proxies = config.getOptionalValue("psarchive.trusted.proxies", String.class).orElse("");
        List<Cidr> trusted = Arrays.stream(proxies.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Cidr::parse).toList();
        boolean reads = config.getOptionalValue("psarchive.auth.reads", Boolean.class).orElse(false);
        return new AuthSettings(new ClientAddress(trusted), reads);
    }
}
