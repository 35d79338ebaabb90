package org.psarchive.registry;

/**
 * One endpoint in the dual-stack report: what is registered, what the resolver answered, and whether
 * the registered addresses are among the resolved ones ({@code null}: none registered, nothing to compare).
 */
public record DualStackEntry(RegisteredEndpoint endpoint, HostResolution resolution, Boolean ipv4Matches,
        Boolean ipv6Matches) {

    static DualStackEntry of(RegisteredEndpoint endpoint, HostResolution resolution) {
        return new DualStackEntry(endpoint, resolution,
                endpoint.ipv4() == null ? null : resolution.ipv4().contains(endpoint.ipv4()),
                endpoint.ipv6() == null ? null : resolution.ipv6().contains(endpoint.ipv6()));
    }

    public boolean hasA() {
        return !resolution.ipv4().isEmpty();
    }

    public boolean hasAaaa() {
        return !resolution.ipv6().isEmpty();
    }

    public boolean dualStack() {
        return hasA() && hasAaaa();
    }

    /** A registered address the host name does not resolve to. */
    public boolean mismatched() {
        return Boolean.FALSE.equals(ipv4Matches) || Boolean.FALSE.equals(ipv6Matches);
    }
}
