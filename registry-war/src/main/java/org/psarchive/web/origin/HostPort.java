package org.psarchive.web.origin;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host and optional port as an HTTP {@code Host} header (or a proxy's forwarded host) gives them:
 * a DNS name, an IPv4 literal or a bracketed IPv6 literal, then {@code :port}. Anything else (spaces,
 * user info, paths, a port out of range) is refused, so it can never reach a URL we write.
 *
 * @param host lower-case; an IPv6 literal keeps its brackets
 * @param port -1 when none was given
 */
record HostPort(String host, int port) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62})(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}))*\\.?");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]{2,45}\\]");

    static Optional<HostPort> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.length() > 300) {
            return Optional.empty();
        }
        int portSeparator = value.startsWith("[") ? value.indexOf("]:") + 1 : value.lastIndexOf(':');
        String host = portSeparator > 0 ? value.substring(0, portSeparator) : value;
        int port = -1;
        if (portSeparator > 0) {
            port = port(value.substring(portSeparator + 1));
            if (port < 0) {
                return Optional.empty();
            }
        }
        boolean valid = host.startsWith("[") ? IPV6.matcher(host).matches() : NAME.matcher(host).matches();
        return valid && host.length() <= 255 ? Optional.of(new HostPort(host, port)) : Optional.empty();
    }

    /** A decimal port 1..65535, or -1. */
    static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : -1;
    }

    /** The host without IPv6 brackets, as names are compared. */
    String bareHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }
}
