package org.psarchive.archive.pscheduler;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;
import org.psarchive.platform.net.Ipv6Text;

/**
 * pScheduler's {@code ip_normalize_version(a, b, ip_version)}: both ends expressed in one address
 * family. With {@code ip_version} 4 or 6 that family is used (missing if an end lacks it); without
 * it IPv6 is preferred when both ends have IPv6, else IPv4 when both have IPv4, else nothing. Of
 * several addresses of a family the last one is taken, as pScheduler kept the last
 * {@code getaddrinfo} entry. IPv6 is written compressed and lower case, as {@code inet_ntop}.
 */
final class AddressFamilies {

    private final AddressResolver resolver;

    AddressFamilies(AddressResolver resolver) {
        this.resolver = resolver;
    }

    /** The two ends in a common family; either side {@code null} where pScheduler returned None. */
    Pair normalize(String a, String b, Integer ipVersion) {
        Families first = families(a);
        Families second = families(b);
        if (Integer.valueOf(6).equals(ipVersion)) {
            return new Pair(first.v6, second.v6);
        } else if (Integer.valueOf(4).equals(ipVersion)) {
            return new Pair(first.v4, second.v4);
        } else if (first.v6 != null && second.v6 != null) {
            return new Pair(first.v6, second.v6);
        } else if (first.v4 != null && second.v4 != null) {
            return new Pair(first.v4, second.v4);
        }
        return new Pair(null, null);
    }

    /** {@code host} as an address literal in pScheduler's text form, if it is one. */
    static Optional<String> literal(String host) {
        return AddressResolver.literalsOnly().resolve(host).stream().findFirst().map(AddressFamilies::text);
    }

    private Families families(String host) {
        String v4 = null;
        String v6 = null;
        if (host != null) {
            for (InetAddress address : resolver.resolve(host)) {
                if (address instanceof Inet4Address) {
                    v4 = text(address);
                } else if (address instanceof Inet6Address) {
                    v6 = text(address);
                }
            }
        }
        return new Families(v4, v6);
    }

    static String text(InetAddress address) {
        return Ipv6Text.of(address);
    }

    /** Source and destination (or source and agent) after normalisation. */
    record Pair(String first, String second) {
    }

    private record Families(String v4, String v6) {
    }
}
