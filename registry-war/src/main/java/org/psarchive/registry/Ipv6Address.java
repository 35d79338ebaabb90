package org.psarchive.registry;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.psarchive.platform.net.Ipv6Text;

/**
 * An IPv6 address literal (GOCDB {@code HOST_IP_V6}, without a prefix length), parsed strictly by hand:
 * eight groups of one to four hex digits, at most one {@code ::}, optionally a dotted IPv4 tail; no zone,
 * no brackets, never a DNS lookup. Kept in RFC 5952 form ({@code 2001:DB8:0::1} becomes {@code 2001:db8::1}).
 */
public record Ipv6Address(String value) {

    static final String FIELD = "ipv6";
    private static final Pattern GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    public Ipv6Address {
        Field.required(FIELD, value);
        value = Ipv6Text.of(bytes(value));
    }

    /** The address of {@code text}, or a 400. */
    static byte[] bytes(String text) {
        if (!text.contains(":") || text.indexOf("::") != text.lastIndexOf("::") || text.contains(":::")) {
            throw Field.invalid(FIELD, text, "an IPv6 address is eight colon-separated hex groups, at most one '::', e.g. 2001:db8::10.");
        }
        int gap = text.indexOf("::");
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] left = groups(head, text, gap < 0);
        int[] right = gap < 0 ? new int[0] : groups(tail, text, true);
        int total = left.length + right.length;
        if (gap < 0 ? total != 8 : total > 7) {
            throw Field.invalid(FIELD, text, "an IPv6 address has eight 16-bit groups ('::' stands for one or more zero groups).");
        }
        int[] all = new int[8];
        System.arraycopy(left, 0, all, 0, left.length);
        System.arraycopy(right, 0, all, 8 - right.length, right.length);
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (all[i] >>> 8);
            bytes[2 * i + 1] = (byte) all[i];
        }
        return bytes;
    }

    /** Groups of one side of {@code ::}; the IPv4 tail, if any, only at the very end. */
    private static int[] groups(String part, String text, boolean mayEndInIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int[] groups = new int[pieces.length + 1];
        int count = 0;
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && mayEndInIpv4 && piece.contains(".")) {
                byte[] v4 = Ipv4Address.bytes(FIELD, piece);
                groups[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                groups[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
            } else if (GROUP.matcher(piece).matches()) {
                groups[count++] = Integer.parseInt(piece, 16);
            } else {
                throw Field.invalid(FIELD, text, "each group of an IPv6 address is 1 to 4 hex digits; no zone or prefix length.");
            }
        }
        return Arrays.copyOf(groups, count);
    }

    @Override
    public String toString() {
        return value;
    }
}
