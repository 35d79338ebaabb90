package org.psarchive.lookup;

import java.util.List;

/**
 * A host found by community, with what a mesh builder needs in one answer: its services (the
 * service records whose {@code service-host} names it) and its addresses (its {@code host-name}
 * values and the {@code interface-addresses} of the interfaces it lists).
 */
public record CommunityHost(LookupRecord host, List<LookupRecord> services, List<String> addresses) {

    public CommunityHost {
        services = List.copyOf(services);
        addresses = List.copyOf(addresses);
    }
}
