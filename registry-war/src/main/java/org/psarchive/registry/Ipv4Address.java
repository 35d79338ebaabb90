package org.psarchive.registry;

import java.util.regex.Pattern;

/**
 * A dotted-quad IPv4 literal (GOCDB {@code HOST_IP}): four decimal numbers 0 to 255. Leading zeros are
 * refused, since some resolvers read them as octal. Parsed by hand: never a DNS lookup.
 */
public record Ipv4Address(String value) {

    static final String FIELD = "ipv4";
    private static final Pattern OCTET = Pattern.compile("0|[1-9][0-9]{0,2}");

    public Ipv4Address {
        Field.required(FIELD, value);
        bytes(FIELD, value);
    }

    /** The four bytes of {@code text}, or a 400 naming {@code field}. */
    static byte[] bytes(String field, String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw Field.invalid(field, text, "an IPv4 address is four dot-separated numbers, e.g. 192.0.2.10.");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!OCTET.matcher(parts[i]).matches() || Integer.parseInt(parts[i]) > 255) {
                throw Field.invalid(field, text, "each part of an IPv4 address is a number 0 to 255 without leading zeros.");
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return bytes;
    }

    /** The dotted-quad text of four bytes. */
    static String text(byte[] bytes) {
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    @Override
    public String toString() {
        return value;
    }
}
