package org.psarchive.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ipv6TextTest {

    @ParameterizedTest
    @CsvSource({
            "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
            "0:0:0:0:0:0:0:0, ::",
            "0:0:0:0:0:0:0:1, ::1",
            "2001:db8:0:0:0:0:0:0, 2001:db8::",
            "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
            "1:0:0:2:0:0:3:4, 1::2:0:0:3:4",
            "0:0:0:0:0:0:102:304, ::102:304",
            "fe80:0:0:0:0:0:0:abcd, fe80::abcd"})
    void writesRfc5952Text(String address, String expected) throws Exception {
        assertEquals(expected, Ipv6Text.of(InetAddress.getByName(address).getAddress()));
    }

    @Test
    void agreesWithJavasTextOnceZeroRunsAreFolded() throws Exception {
        Random random = new Random(5952);
        for (int n = 0; n < 10_000; n++) {
            byte[] address = new byte[16];
            for (int group = 0; group < 8; group++) {
                if (random.nextInt(3) > 0) { // many zero groups, so that runs of every length occur
                    address[2 * group] = (byte) random.nextInt(256);
                    address[2 * group + 1] = (byte) random.nextInt(256);
                }
            }
            address[0] |= 0x20; // never IPv4-mapped, which Java would print as IPv4
            String text = Ipv6Text.of(address);
            assertEquals(InetAddress.getByAddress(address), InetAddress.getByName(text), text);
        }
    }
}
