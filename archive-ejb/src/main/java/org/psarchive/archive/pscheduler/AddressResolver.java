package org.psarchive.archive.pscheduler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a participant, spec address or observer into IP addresses, as {@code getaddrinfo} did for
 * pScheduler's {@code ip_normalize_version}. An unknown name gives an empty list, never an error.
 */
@FunctionalInterface
public interface AddressResolver {

    /** IPv4 dotted quads (and shorter inet_aton forms) or anything with a colon: an address literal. */
    Pattern LITERAL = Pattern.compile("\\d+(\\.\\d+){0,3}|.*:.*");

    List<InetAddress> resolve(String host);

    /** Address literals parsed, names looked up in DNS (what the esmond archiver did). */
    static AddressResolver system() {
        return host -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException | SecurityException e) {
                return List.of();
            }
        };
    }

    /** Address literals only; every name is unknown. No network access. */
    static AddressResolver literalsOnly() {
        return host -> host != null && LITERAL.matcher(host.trim()).matches()
                ? system().resolve(host.trim()) : List.of();
    }
}
