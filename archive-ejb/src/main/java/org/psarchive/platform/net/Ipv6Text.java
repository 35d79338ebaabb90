package org.psarchive.platform.net;

/**
 * The RFC 5952 text of an IPv6 address: lower case, no leading zeros, the longest run of two or more
 * zero groups (the first of equal runs) as {@code ::}, never a dotted IPv4 tail. Java prints
 * {@code 2001:db8:0:0:0:0:0:1}; operators, esmond and GOCDB expect {@code 2001:db8::1}.
 */
public final class Ipv6Text {

    private Ipv6Text() {
    }

    /** An address in its one text form: RFC 5952 for IPv6, the dotted quad for IPv4. */
    public static String of(java.net.InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 ? of(bytes) : address.getHostAddress();
    }

    /** The text of 16 bytes. */
    public static String of(byte[] address) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
