package org.psarchive.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.net.Ipv4Literal;
import org.psarchive.platform.net.Ipv6Text;

/**
 * An IPv4 or IPv6 network in CIDR notation. A bare address is a /32 or /128 network. Host bits must
 * be zero, as in PostgreSQL's {@code cidr} type that esmond used, so a typo cannot widen a range.
 */
public final class Cidr {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    public static Cidr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Empty CIDR; expected an address or address/prefix such as 192.0.2.0/24.");
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] address = address(slash < 0 ? trimmed : trimmed.substring(0, slash), text);
        int bits = address.length * 8;
        int prefix = slash < 0 ? bits : prefix(trimmed.substring(slash + 1), bits, text);
        byte[] masked = mask(address, prefix);
        if (!Arrays.equals(masked, address)) {
            throw new InvalidInputException("Invalid CIDR '" + text + "': host bits are set; did you mean "
                    + new Cidr(masked, prefix) + "?");
        }
        return new Cidr(address, prefix);
    }

    /** The address of a client, as a single-address network; IPv4-mapped IPv6 becomes plain IPv4. */
    public static byte[] clientAddress(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    public boolean contains(byte[] address) {
        return address.length == network.length && Arrays.equals(mask(address, prefixLength), network);
    }

    public int family() {
        return network.length == 4 ? 4 : 6;
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** The lowest address of the network (all host bits zero). */
    public byte[] firstAddress() {
        return network.clone();
    }

    /** The highest address of the network (all host bits one). */
    public byte[] lastAddress() {
        byte[] last = network.clone();
        for (int bit = prefixLength; bit < last.length * 8; bit++) {
            last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return last;
    }

    @Override
    public String toString() {
        return (family() == 6 ? Ipv6Text.of(network) : Ipv4Literal.text(network)) + "/" + prefixLength;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr cidr && prefixLength == cidr.prefixLength && Arrays.equals(network, cidr.network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    private static byte[] address(String literal, String original) {
        // Only literals: InetAddress would otherwise resolve host names through DNS.
        try {
            if (IPV4.matcher(literal).matches()) {
                return Ipv4Literal.parse(literal, Ipv4Literal.LeadingZeros.DECIMAL);
            }
            if (IPV6.matcher(literal).matches()) {
                return clientAddress(InetAddress.getByName(literal));
            }
        } catch (Ipv4Literal.MalformedException | UnknownHostException notAnAddress) {
            // the same answer as for any other text
        }
        throw new InvalidInputException("Invalid CIDR '" + original + "': not an IPv4 or IPv6 address.");
    }

    private static int prefix(String digits, int bits, String original) {
        if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) > bits) {
            throw new InvalidInputException("Invalid CIDR '" + original + "': the prefix length must be 0 to " + bits + ".");
        }
        return Integer.parseInt(digits);
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
