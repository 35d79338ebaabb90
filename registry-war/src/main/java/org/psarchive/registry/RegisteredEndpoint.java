package org.psarchive.registry;

import java.util.List;

/**
 * A service endpoint as the lookup service publishes it: immutable, with the site's name and country,
 * the sLS service type and the locator (the service type's template applied to the host name).
 */
public record RegisteredEndpoint(long id, String siteName, String countryCode, String serviceType,
        String lookupServiceType, String locator, String hostName, String ipv4, String ipv6, String description,
        boolean beta, boolean production, boolean monitored, List<String> communities) {

    public RegisteredEndpoint {
        communities = List.copyOf(communities);
    }
}
