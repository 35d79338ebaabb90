package org.psarchive.registry;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A service endpoint as a request describes it, every field parsed: site, service type and host name
 * are required; ipv4, ipv6 and description may be null; the flags default to GOCDB's N/Y/Y.
 */
public record EndpointSpec(SiteName site, ServiceTypeName serviceType, HostName hostName, Ipv4Address ipv4,
        Ipv6Address ipv6, Description description, boolean beta, boolean production, boolean monitored,
        Set<Community> communities) {

    public static final boolean DEFAULT_BETA = false;
    public static final boolean DEFAULT_PRODUCTION = true;
    public static final boolean DEFAULT_MONITORED = true;

    public EndpointSpec {
        if (site == null) {
            throw Field.invalid(SiteName.FIELD, null, "required.");
        }
        if (serviceType == null) {
            throw Field.invalid(ServiceTypeName.FIELD, null, "required.");
        }
        if (hostName == null) {
            throw Field.invalid(HostName.FIELD, null, "required.");
        }
        communities = communities == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(communities));
    }
}
