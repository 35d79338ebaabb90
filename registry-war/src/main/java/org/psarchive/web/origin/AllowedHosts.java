package org.psarchive.web.origin;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psarchive.account.Cidr;
import org.psarchive.platform.net.Ipv6Text;

/**
 * The host names a request's {@code Host} may carry when no {@code PSARCHIVE_PUBLIC_URL} is set: those
 * of {@code PSARCHIVE_ALLOWED_HOSTS} ({@code *} for any), or by default this machine's own names and
 * addresses. Without it, {@code Host: evil.example} would flow into every URL we write and into caches
 * in front of us. Addresses are compared in one canonical form (RFC 5952 for IPv6).
 */
final class AllowedHosts {

    private static final Logger LOG = Logger.getLogger(AllowedHosts.class.getName());

    private final Set<String> names;
    private final boolean any;

    private AllowedHosts(Set<String> names, boolean any) {
        this.names = Collections.unmodifiableSet(names);
        this.any = any;
    }

    /** From the setting: comma-separated names and address literals, or {@code *}. */
    static AllowedHosts of(String setting) {
        Set<String> names = new TreeSet<>();
        boolean any = false;
        for (String part : setting.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.equals("*")) {
                any = true;
            } else if (!name.isEmpty()) {
                names.add(canonical(name));
            }
        }
        return new AllowedHosts(names, any);
    }

    /** This machine's names (localhost, its host name and canonical name) and every interface address. */
    static AllowedHosts thisMachine() {
        Set<String> names = new TreeSet<>(Set.of("localhost", "127.0.0.1", "::1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(local.getHostName().toLowerCase(Locale.ROOT));
            names.add(local.getCanonicalHostName().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException e) {
            LOG.log(Level.FINE, "this host's name did not resolve", e);
        }
        try {
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    names.add(text(address));
                }
            }
        } catch (SocketException e) {
            LOG.log(Level.FINE, "the interfaces' addresses could not be listed", e);
        }
        return new AllowedHosts(names, false);
    }

    boolean allows(String host) {
        return any || names.contains(canonical(host.toLowerCase(Locale.ROOT)));
    }

    Set<String> names() {
        return names;
    }

    /** An address literal in its one text form; a name as it is. */
    private static String canonical(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.indexOf(':') < 0 && !bare.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return bare;
        }
        try {
            return text(InetAddress.getByAddress(Cidr.parse(bare).firstAddress()));
        } catch (RuntimeException | UnknownHostException notALiteral) {
            return bare;
        }
    }

    private static String text(InetAddress address) {
        return Ipv6Text.of(address);
    }
}
