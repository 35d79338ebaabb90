package org.psarchive.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fully qualified host name as GOCDB's {@code HOSTNAME} allows it: at most 255 characters, dotted
 * labels of {@code [A-Za-z0-9-_]}; and, because a measurement host must be reachable by name, at least
 * two labels, none empty or longer than 63 characters, none starting or ending with {@code -}, and not
 * all digits (that would be an address). Kept in lower case: DNS names compare without case.
 */
public record HostName(String value) {

    static final String FIELD = "host-name";
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+");

    public HostName {
        Field.required(FIELD, value);
        if (value.length() > 255) {
            throw Field.invalid(FIELD, value, "at most 255 characters (GOCDB HOSTNAME).");
        }
        String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            throw Field.invalid(FIELD, value, "a fully qualified domain name needs at least two dot-separated labels.");
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw Field.invalid(FIELD, value, "empty label (two dots in a row, or a leading dot).");
            }
            if (label.length() > 63) {
                throw Field.invalid(FIELD, value, "a label is at most 63 characters.");
            }
            if (!LABEL.matcher(label).matches()) {
                throw Field.invalid(FIELD, value, "labels consist of A-Z a-z 0-9 - _ (GOCDB HOSTNAME).");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw Field.invalid(FIELD, value, "a label must not start or end with '-'.");
            }
        }
        if (NUMERIC.matcher(name).matches()) {
            throw Field.invalid(FIELD, value, "a host name, not an address: register addresses as ipv4/ipv6.");
        }
        value = name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
