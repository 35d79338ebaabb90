package org.psarchive.snmp.target;

import java.util.Locale;
import java.util.regex.Pattern;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.net.Ipv4Literal;
import org.psarchive.platform.net.Ipv6Text;

/**
 * Where a target's agent listens: an IPv4 literal, an IPv6 literal (kept in RFC 5952 form, without
 * brackets) or a DNS name (dotted labels of letters, digits and {@code -}, 253 characters at most, kept
 * in lower case). Nothing is resolved here: a name is looked up when a request is made.
 */
public record TargetHost(String value) {

    public static final String FIELD = "host";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");

    public TargetHost {
        value = canonical(value);
    }

    private static String canonical(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException("'" + FIELD + "' is required.");
        }
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.contains(":")) {
            return ipv6(text, bare);
        }
        if (DOTTED_NUMBERS.matcher(bare).matches()) {
            try {
                return Ipv4Literal.text(Ipv4Literal.parse(bare, Ipv4Literal.LeadingZeros.REFUSED));
            } catch (Ipv4Literal.MalformedException e) {
                throw invalid(text, "not an IPv4 address (four numbers 0 to 255, no leading zeros).");
            }
        }
        String name = bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
        if (name.isEmpty() || name.length() > 253) {
            throw invalid(text, "a host name has 1 to 253 characters.");
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid(text, "a host name is dotted labels of 1 to 63 letters, digits and '-',"
                        + " not starting or ending with '-'.");
            }
        }
        return name.toLowerCase(Locale.ROOT);
    }

    private static String ipv6(String text, String bare) {
        if (!bare.matches("[0-9A-Fa-f:.]+") || bare.length() > 45) {
            throw invalid(text, "not an IPv6 address.");
        }
        try {
            // a literal of hex digits, colons and dots only: InetAddress parses it without any lookup
            byte[] address = java.net.InetAddress.getByName(bare).getAddress();
            if (address.length != 16) {
                throw invalid(text, "not an IPv6 address.");
            }
            return Ipv6Text.of(address);
        } catch (java.net.UnknownHostException e) {
            throw invalid(text, "not an IPv6 address.");
        }
    }

    private static InvalidInputException invalid(String text, String why) {
        return new InvalidInputException("Invalid '" + FIELD + "' '" + TargetFields.printable(text) + "': " + why);
    }

    @Override
    public String toString() {
        return value;
    }
}
