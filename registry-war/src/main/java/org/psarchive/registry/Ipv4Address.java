package org.psarchive.registry;

import org.psarchive.platform.net.Ipv4Literal;

/**
 * A dotted-quad IPv4 literal (GOCDB {@code HOST_IP}): four decimal numbers 0 to 255. Leading zeros are
 * refused, since some resolvers read them as octal. Parsed by hand: never a DNS lookup.
 */
public record Ipv4Address(String value) {

    static final String FIELD = "ipv4";

    public Ipv4Address {
        Field.required(FIELD, value);
        bytes(FIELD, value);
    }

    /** The four bytes of {@code text}, or a 400 naming {@code field}. */
    static byte[] bytes(String field, String text) {
        try {
            return Ipv4Literal.parse(text, Ipv4Literal.LeadingZeros.REFUSED);
        } catch (Ipv4Literal.MalformedException e) {
            throw Field.invalid(field, text, e.problem() == Ipv4Literal.Problem.NOT_FOUR_PARTS
                    ? "an IPv4 address is four dot-separated numbers, e.g. 192.0.2.10."
                    : "each part of an IPv4 address is a number 0 to 255 without leading zeros.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
