package org.psarchive.registry;

import java.util.List;

/** What the resolver said about one host name: its A (IPv4) and AAAA (IPv6) addresses, in canonical text. */
public record HostResolution(String hostName, Outcome outcome, List<String> ipv4, List<String> ipv6) {

    /** Resolved; the name does not exist (or has no address); no answer within the deadline; the lookup failed otherwise. */
    public enum Outcome { RESOLVED, NOT_FOUND, TIMED_OUT, FAILED }

    public HostResolution {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }

    static HostResolution without(String hostName, Outcome outcome) {
        return new HostResolution(hostName, outcome, List.of(), List.of());
    }
}
