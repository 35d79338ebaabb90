package org.psarchive.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psarchive.account.Cidr;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("fd00::/8")));

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        assertEquals("192.0.2.1", behindProxy.resolve("192.0.2.1", "198.51.100.7").getHostAddress());
    }

    @Test
    void takesTheRightMostUntrustedHopFromATrustedProxy() {
        assertEquals("198.51.100.7", behindProxy.resolve("10.0.0.5", "203.0.113.9, 198.51.100.7, 10.0.0.4")
                .getHostAddress());
    }

    @Test
    void fallsBackToThePeerWhenEveryHopIsTrustedOrTheHeaderIsGarbled() {
        assertEquals("10.0.0.5", behindProxy.resolve("10.0.0.5", "10.0.0.3").getHostAddress());
        assertEquals("10.0.0.5", behindProxy.resolve("10.0.0.5", "not-an-address").getHostAddress());
    }

    @Test
    void understandsIpv6PeersAndHops() {
        assertEquals("2001:db8:0:0:0:0:0:9", behindProxy.resolve("fd00::1", "[2001:db8::9]").getHostAddress());
    }

    @Test
    void withoutTrustedProxiesTheHeaderNeverCounts() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals("10.0.0.5", direct.resolve("10.0.0.5", "198.51.100.7").getHostAddress());
    }
}
