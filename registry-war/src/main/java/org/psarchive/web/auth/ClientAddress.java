package org.psarchive.web.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.psarchive.account.Cidr;

/**
 * The client's address for IP authentication. {@code X-Forwarded-For} is believed only when the
 * connection comes from a configured trusted proxy, and then the right-most address that is not itself
 * a trusted proxy is the client (everything left of it could have been written by the client).
 */
public final class ClientAddress {

    private final List<Cidr> trustedProxies;

    public ClientAddress(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public InetAddress resolve(String remoteAddress, String forwardedFor) {
        InetAddress peer = literal(remoteAddress);
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop;
            try {
                hop = literal(hops[i].trim());
            } catch (IllegalArgumentException malformed) {
                return peer; // a garbled header from a trusted proxy: trust nothing in it
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    /** Whether a connection from this address comes from a trusted proxy (an unparsable address does not). */
    public boolean trusts(String remoteAddress) {
        try {
            return trusted(literal(remoteAddress));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean trusted(InetAddress address) {
        byte[] bytes = Cidr.clientAddress(address);
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(bytes));
    }

    /** Parses an address literal without DNS, via the CIDR parser's validation. */
    private static InetAddress literal(String text) {
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = candidate.indexOf('%');
        if (zone >= 0) {
            candidate = candidate.substring(0, zone);
        }
        try {
            return InetAddress.getByAddress(Cidr.parse(candidate).firstAddress());
        } catch (RuntimeException | UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + text, e);
        }
    }
}
