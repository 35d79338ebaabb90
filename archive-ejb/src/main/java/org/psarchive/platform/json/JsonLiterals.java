package org.psarchive.platform.json;

import java.math.BigDecimal;

/**
 * JSON written by hand, for the few documents on a write's hot path (histogram bins and their
 * statistics). Writes exactly what the JSON-P implementation (Parsson) writes for the same values, so
 * stored documents keep one spelling whichever wrote them.
 */
public final class JsonLiterals {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonLiterals() {
    }

    /** {@code value} as a JSON string: quotes, backslashes and control characters escaped, the rest as is. */
    public static StringBuilder appendString(StringBuilder out, String value) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, start, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\f' -> out.append('f');
                case '\n' -> out.append('n');
                case '\r' -> out.append('r');
                case '\t' -> out.append('t');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
            start = i + 1;
        }
        return out.append(value, start, value.length()).append('"');
    }

    /**
     * A finite double as JSON-P writes one: {@code BigDecimal.valueOf(value)} as text ("12.5", "1.0E-7",
     * "12345678"). Between 10^-3 and 10^7 that is {@link Double#toString}, which needs no BigDecimal.
     *
     * @throws NumberFormatException if the value is infinite or NaN, which JSON cannot hold
     */
    public static StringBuilder appendNumber(StringBuilder out, double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return out.append(value);
        }
        return out.append(BigDecimal.valueOf(value).toString());
    }
}
