package org.psarchive.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.error.InvalidInputException;

class HostNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"ps-bw.cern.ch", "perfsonar01.example.org", "ps_lat.site-1.example.edu", "a.b",
        "psonar-1.grid.uni-x.de", "xn--bcher-kva.example", "ps.example.org."})
    void acceptsFullyQualifiedNames(String name) {
        new HostName(name);
    }

    @Test
    void keepsNamesInLowerCaseWithoutTheTrailingDot() {
        assertEquals("ps-bw.cern.ch", new HostName("PS-BW.CERN.ch.").value());
    }

    @Test
    void acceptsTwoHundredFiftyFiveCharacters() {
        String name = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".org";
        assertEquals(255, name.length());
        new HostName(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example", "ps..example.org", ".example.org", "ps.example.org..",
        "-ps.example.org", "ps-.example.org", "ps.-example.org", "ps host.example.org", "ps/1.example.org",
        "ps.exämple.org", "ps@example.org", "192.0.2.10", "2001:db8::1", "ps.example.org:443", " ", ""})
    void refusesWhatIsNoFullyQualifiedName(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new HostName(name));
        assertTrue(e.getMessage().contains("host-name"), e.getMessage());
    }

    @Test
    void refusesNamesLongerThan255Characters() {
        String name = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60) + ".org";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new HostName(name));
        assertTrue(e.getMessage().contains("255"), e.getMessage());
    }

    @Test
    void refusesLabelsLongerThan63Characters() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new HostName("a".repeat(64) + ".example.org"));
        assertTrue(e.getMessage().contains("63"), e.getMessage());
    }

    @Test
    void refusesNull() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new HostName(null));
        assertTrue(e.getMessage().contains("host-name is required"), e.getMessage());
    }
}
