package org.psarchive.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.error.InvalidInputException;

class IpAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "0.0.0.0", "255.255.255.255", "10.0.0.1", "198.51.100.0"})
    void acceptsDottedQuads(String address) {
        assertEquals(address, new Ipv4Address(address).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "192.0.2", "192.0.2.1.5", "192.0.2.010", "192.0.2.-1", "192.0.2.a",
        "192.0.2.1/24", "192.0.2.1 ", "::1", "ps.example.org", "1.2.3.", ".1.2.3", "0x7f.0.0.1", "１.2.3.4", ""})
    void refusesWhatIsNoDottedQuad(String address) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Ipv4Address(address));
        assertTrue(e.getMessage().contains("ipv4"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "2001:db8::10, 2001:db8::10",
        "2001:DB8:0:0:0:0:0:10, 2001:db8::10",
        "::1, ::1",
        "::, ::",
        "fe80::1:2, fe80::1:2",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:0db8:0001:0000:0000:0000:0000:0001, 2001:db8:1::1",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
        "2001:db8::1:2:3:4:5, 2001:db8:0:1:2:3:4:5",
        "::ffff:192.0.2.1, ::ffff:c000:201",
        "1::, 1::",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1"})
    void acceptsLiteralsAndWritesThemAsRfc5952(String literal, String canonical) throws Exception {
        assertEquals(canonical, new Ipv6Address(literal).value());
        assertEquals(InetAddress.getByName(literal), InetAddress.getByName(canonical), "same address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1::1", "2001:db8:::1", "2001:db8:1:2:3:4:5:6:7", "2001:db8:1:2:3:4:5",
        "2001:db8::12345", "2001:db8::g", "fe80::1%eth0", "[2001:db8::1]", "2001:db8::/64", "192.0.2.1",
        "ps.example.org", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:", "::1.2.3", "1.2.3.4::", "1:2:3:4:5:6:7:1.2.3.4",
        "2001:db8::1 ", "2001:db8::1:2:3:4:5:6", ""})
    void refusesWhatIsNoIpv6Literal(String literal) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Ipv6Address(literal));
        assertTrue(e.getMessage().contains("ipv6"), e.getMessage());
    }
}
