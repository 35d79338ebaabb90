package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Names and query values are encoded, so they can never change which endpoint is called. */
class ApiPathTest {

    @Test
    void encodesAnAccountNameAsOneSegment() {
        assertEquals("api/admin/accounts/ps%2Bhost%40example.org/rotate-key",
                ApiPath.account("ps+host@example.org").then("rotate-key").toString());
        assertEquals("api/admin/accounts/a%20b%2F..%2Fc", ApiPath.account("a b/../c").toString());
    }

    @Test
    void keepsDotSegmentsFromClimbingUp() {
        URI base = URI.create("https://archive.example.org/psarchive/");

        assertEquals("https://archive.example.org/psarchive/api/admin/accounts/%2E%2E/key",
                base.resolve(ApiPath.account("..").then("key").toString()).toString());
    }

    @Test
    void encodesQueryValuesAndRepeatsParameters() {
        assertEquals("api/admin/accounts/h/ip-ranges?cidr=2001%3Adb8%3A%3A%2F48&cidr=192.0.2.1%26x%3Dy",
                ApiPath.account("h").then("ip-ranges").query("cidr", "2001:db8::/48").query("cidr", "192.0.2.1&x=y")
                        .toString());
    }

    @Test
    void refusesAnEmptyName() {
        assertThrows(IllegalArgumentException.class, () -> ApiPath.account(""));
    }
}
