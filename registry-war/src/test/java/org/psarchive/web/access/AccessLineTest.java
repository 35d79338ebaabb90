package org.psarchive.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an access log line holds, and that a client cannot forge one through what it sends. */
class AccessLineTest {

    @Test
    void namesWhoWhatAndHowItEnded() {
        assertEquals("192.0.2.7 ps-host-1 \"PUT /esmond/perfsonar/archive/abc/\" 201 12ms in=1234",
                new AccessLine("192.0.2.7", "ps-host-1", "PUT", "/esmond/perfsonar/archive/abc/", 201, 12, 1234).toString());
        assertEquals("2001:db8:0:0:0:0:0:1 - \"GET /health\" 200 0ms in=0",
                new AccessLine("2001:db8:0:0:0:0:0:1", null, "GET", "/health", 200, 0, -1).toString());
    }

    @Test
    void escapesWhatCouldForgeALine() {
        assertEquals("1.2.3.4 - \"GET /a\\x22 200 0ms in=0\\x0a5.6.7.8 admin \\x22DELETE /\" 404 1ms in=0",
                new AccessLine("1.2.3.4", null, "GET", "/a\" 200 0ms in=0\n5.6.7.8 admin \"DELETE /", 404, 1, 0).toString());
    }
}
