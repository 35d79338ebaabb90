package org.psarchive.snmp.device;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.psarchive.platform.error.InvalidInputException;

/**
 * esmond's @-encoding of interface names in URLs ({@code esmond.util.atencode}): {@code /} becomes
 * {@code @2F}, and {@code @} itself {@code @40} so that decoding is exact. Decoding turns every {@code @XX}
 * (two hex digits, an octet of UTF-8) back, as esmond's {@code atdecode} does.
 */
public final class AtEncoding {

    private AtEncoding() {
    }

    /** The name as a path segment: {@code xe-0/0/0} is {@code xe-0@2F0@2F0}. */
    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '/' -> out.append("@2F");
                case '@' -> out.append("@40");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The name a path segment stands for; a lone {@code @} or a non-hex {@code @XX} is a 400. */
    public static String decode(String segment) {
        if (segment.indexOf('@') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        byte[] utf8 = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '@') {
                bytes.write(utf8[i]);
                continue;
            }
            int high = i + 2 < utf8.length ? Character.digit(utf8[i + 1], 16) : -1;
            int low = i + 2 < utf8.length ? Character.digit(utf8[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                throw new InvalidInputException("Interface name '" + segment
                        + "': '@' must be followed by two hex digits (esmond's @-encoding, '/' is @2F).");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
