package org.psarchive.web.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a reverse proxy says about the client's request: RFC 7239's {@code Forwarded} (its first element,
 * written by the proxy that faced the client), else the de-facto {@code X-Forwarded-Proto},
 * {@code -Host} and {@code -Port} (their first values). Believed only from a trusted proxy
 * ({@link PublicOrigin}); a value that does not parse is ignored as a whole, never half-used.
 *
 * @param proto "http" or "https", when given
 * @param host the host (and port) the client asked for, when given
 * @param port a port given on its own ({@code X-Forwarded-Port}), or -1
 */
record ForwardedHeaders(Optional<String> proto, Optional<HostPort> host, int port) {

    static final ForwardedHeaders NONE = new ForwardedHeaders(Optional.empty(), Optional.empty(), -1);

    static ForwardedHeaders parse(String forwarded, String xForwardedProto, String xForwardedHost,
            String xForwardedPort) {
        if (forwarded != null && !forwarded.isBlank()) {
            return rfc7239(forwarded);
        }
        Optional<String> proto = Optional.ofNullable(first(xForwardedProto)).flatMap(ForwardedHeaders::scheme);
        Optional<HostPort> host = Optional.ofNullable(first(xForwardedHost)).flatMap(HostPort::parse);
        String port = first(xForwardedPort);
        return new ForwardedHeaders(proto, host, port == null ? -1 : HostPort.port(port));
    }

    private static ForwardedHeaders rfc7239(String header) {
        List<String> elements = split(header, ',');
        Optional<String> proto = Optional.empty();
        Optional<HostPort> host = Optional.empty();
        for (String pair : split(elements.get(0), ';')) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                return NONE;
            }
            String name = pair.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = unquote(pair.substring(equals + 1).trim());
            if (name.equals("proto")) {
                proto = scheme(value);
                if (proto.isEmpty()) {
                    return NONE;
                }
            } else if (name.equals("host")) {
                host = HostPort.parse(value);
                if (host.isEmpty()) {
                    return NONE;
                }
            }
        }
        return new ForwardedHeaders(proto, host, -1);
    }

    private static Optional<String> scheme(String value) {
        String scheme = value.trim().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? Optional.of(scheme) : Optional.empty();
    }

    private static String first(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).trim();
    }

    /** Splits at the separator outside double quotes. */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString().trim());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().trim());
        return parts;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
    }
}
