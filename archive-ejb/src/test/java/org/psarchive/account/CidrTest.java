package org.psarchive.account;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class CidrTest {

    @Test
    void aBareAddressIsASingleHostNetwork() {
        assertEquals("192.0.2.7/32", Cidr.parse("192.0.2.7").toString());
        assertEquals("2001:db8::1/128", Cidr.parse("2001:db8::1").toString());
    }

    @Test
    void printsIpv6InCanonicalCompressedForm() {
        assertEquals("2001:db8::/48", Cidr.parse("2001:DB8:0:0::/48").toString());
        assertEquals("::1/128", Cidr.parse("0:0:0:0:0:0:0:1").toString());
        assertEquals("::/0", Cidr.parse("::/0").toString());
        assertEquals("2001:db8:0:1::/64", Cidr.parse("2001:db8:0:1::/64").toString());
    }

    @Test
    void refusesHostBitsAndSuggestsTheNetwork() {
        InvalidInputException error = assertThrows(InvalidInputException.class, () -> Cidr.parse("192.0.2.1/24"));
        assertTrue(error.getMessage().contains("did you mean 192.0.2.0/24"), error.getMessage());
    }

    @Test
    void refusesMalformedInputWithoutAskingDns() {
        for (String bad : new String[] {"", "host.example.org", "192.0.2.0/33", "2001:db8::/129", "192.0.2.0/x",
                "300.1.1.1", "1.2.3"}) {
            assertThrows(InvalidInputException.class, () -> Cidr.parse(bad), bad);
        }
    }

    @Test
    void computesTheFirstAndLastAddress() {
        Cidr network = Cidr.parse("10.1.0.0/23");
        assertArrayEquals(new byte[] {10, 1, 0, 0}, network.firstAddress());
        assertArrayEquals(new byte[] {10, 1, 1, (byte) 255}, network.lastAddress());
        assertEquals(4, network.family());
        assertEquals(23, network.prefixLength());
    }

    @Test
    void containsOnlyAddressesOfItsFamilyAndRange() throws Exception {
        Cidr v4 = Cidr.parse("192.0.2.0/24");
        Cidr v6 = Cidr.parse("2001:db8::/32");

        assertTrue(v4.contains(InetAddress.getByName("192.0.2.200").getAddress()));
        assertFalse(v4.contains(InetAddress.getByName("192.0.3.1").getAddress()));
        assertTrue(v6.contains(InetAddress.getByName("2001:db8:ffff::1").getAddress()));
        assertFalse(v6.contains(InetAddress.getByName("192.0.2.1").getAddress()));
    }

    @Test
    void treatsIpv4MappedClientsAsIpv4() throws Exception {
        byte[] mapped = Cidr.clientAddress(InetAddress.getByAddress(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff,
                (byte) 0xff, (byte) 192, 0, 2, 9}));
        assertArrayEquals(new byte[] {(byte) 192, 0, 2, 9}, mapped);
    }
}
