package org.psarchive.archive.metadata;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;

/** How a host name in a metadata search becomes addresses (esmond's {@code dns-match-rule}). */
public enum DnsMatchRule {
    V4V6("v4v6"), ONLY_V4("only-v4"), ONLY_V6("only-v6"), PREFER_V4("prefer-v4"), PREFER_V6("prefer-v6");

    private final String wireName;

    DnsMatchRule(String wireName) {
        this.wireName = wireName;
    }

    public static DnsMatchRule parse(String text) {
        if (text == null) {
            return V4V6;
        }
        return Arrays.stream(values()).filter(rule -> rule.wireName.equals(text)).findFirst()
                .orElseThrow(() -> new InvalidInputException("dns-match-rule must be one of v4v6, only-v4, only-v6, "
                        + "prefer-v4, prefer-v6 (got '" + text + "')."));
    }

    /** An address literal as itself; a host name as the addresses this rule selects, or a 400. */
    public List<String> resolve(String hostOrAddress) {
        Optional<String> literal = IpLiterals.canonical(hostOrAddress);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        List<InetAddress> all;
        try {
            all = List.of(InetAddress.getAllByName(hostOrAddress));
        } catch (UnknownHostException e) {
            throw new InvalidInputException("Cannot resolve host name '" + hostOrAddress + "'.");
        }
        List<InetAddress> v4 = all.stream().filter(Inet4Address.class::isInstance).toList();
        List<InetAddress> v6 = all.stream().filter(Inet6Address.class::isInstance).toList();
        List<InetAddress> chosen = switch (this) {
            case V4V6 -> all;
            case ONLY_V4 -> v4;
            case ONLY_V6 -> v6;
            case PREFER_V4 -> v4.isEmpty() ? v6 : v4;
            case PREFER_V6 -> v6.isEmpty() ? v4 : v6;
        };
        if (chosen.isEmpty()) {
            throw new InvalidInputException("Host name '" + hostOrAddress + "' has no address for dns-match-rule "
                    + wireName + ".");
        }
        return chosen.stream().map(address -> IpLiterals.canonical(address.getHostAddress().replaceAll("%.*", "")).orElseThrow())
                .distinct().toList();
    }
}
