package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psarchive.platform.error.InvalidInputException;

/** Source, destination and measurement agent as {@code ip_normalize_version} chose them. */
class AddressNormalisationTest {

    private static final String OK = "{\"succeeded\": false}";

    @Test
    void writesIpv6ParticipantsCompressedAndKeepsTheSpecTextAsInput() {
        JsonObject metadata = map("{\"source\": \"2001:DB8:0:0:0:0:0:A\", \"dest\": \"2001:db8:0::b\"}",
                "[\"2001:db8::a\"]", null);
        assertEquals("2001:db8::a", metadata.getString("source"));
        assertEquals("2001:db8::b", metadata.getString("destination"));
        assertEquals("2001:DB8:0:0:0:0:0:A", metadata.getString("input-source"));
        assertEquals("2001:db8::a", metadata.getString("measurement-agent"));
    }

    @Test
    void prefersIpv6WhenBothEndsHaveIt() {
        JsonObject metadata = map("{\"source\": \"ps1.example.net\", \"dest\": \"data.example.net\"}", "[\"ps1.example.net\"]", null);
        assertEquals("2001:db8:10::10", metadata.getString("source"));
        assertEquals("2001:db8:80::80", metadata.getString("destination"));
        assertEquals("2001:db8:10::10", metadata.getString("measurement-agent"));
    }

    @Test
    void fallsBackToIpv4WhenOneEndHasOnlyIpv4() {
        JsonObject metadata = map("{\"source\": \"ps1.example.net\", \"dest\": \"ps2.example.net\"}", "[\"ps1.example.net\"]", null);
        assertEquals("192.0.2.10", metadata.getString("source"));
        assertEquals("192.0.2.20", metadata.getString("destination"));
        assertEquals("192.0.2.10", metadata.getString("measurement-agent"));
    }

    @Test
    void followsTheSpecsIpVersion() {
        JsonObject metadata = map("{\"source\": \"ps1.example.net\", \"dest\": \"data.example.net\", \"ip-version\": 4}",
                "[\"ps1.example.net\"]", "ps1.example.net");
        assertEquals("192.0.2.10", metadata.getString("source"));
        assertEquals("198.51.100.80", metadata.getString("destination"));
        assertEquals("192.0.2.10", metadata.getString("measurement-agent"));
    }

    @ParameterizedTest
    @CsvSource({"ps1.example.net, ps2.example.net, 6", "v6only.example.net, ps2.example.net, ''",
        "ps1.example.net, nowhere.invalid, ''"})
    void refusesEndsWithoutACommonFamily(String source, String dest, String ipVersion) {
        String spec = "{\"source\": \"" + source + "\", \"dest\": \"" + dest + "\""
                + (ipVersion == null || ipVersion.isEmpty() ? "" : ", \"ip-version\": " + ipVersion) + "}";
        String detail = assertThrows(InvalidInputException.class, () -> map(spec, "[\"ps1.example.net\"]", null)).getMessage();
        assertTrue(detail.contains("address family"), detail);
    }

    /** esmond got a null agent here and failed; the observer is kept as given instead. */
    @Test
    void keepsAnObserverOfAnotherFamilyAsGiven() {
        JsonObject metadata = map("{\"source\": \"v6only.example.net\", \"dest\": \"2001:db8::2\"}", "[\"v6only.example.net\"]",
                "192.0.2.10");
        assertEquals("2001:db8:66::6", metadata.getString("source"));
        assertEquals("192.0.2.10", metadata.getString("measurement-agent"));
    }

    @Test
    void refusesAnObserverNameThatResolvesToNothing() {
        assertThrows(InvalidInputException.class,
                () -> map("{\"source\": \"10.0.0.1\", \"dest\": \"10.0.0.2\"}", "[\"10.0.0.1\"]", "nowhere.invalid"));
    }

    @Test
    void mapsARunWithoutParticipantsWhenTheSpecAndObserverSayEverything() {
        JsonObject metadata = map("{\"source\": \"10.0.0.1\", \"dest\": \"10.0.0.2\"}", null, "10.0.0.2");
        assertEquals("10.0.0.2", metadata.getString("measurement-agent"));
    }

    @Test
    void refusesARunWithoutParticipantsWhenTheSourceOrAgentIsTheLead() {
        String detail = assertThrows(InvalidInputException.class,
                () -> map("{\"dest\": \"10.0.0.2\"}", "[]", "10.0.0.1")).getMessage();
        assertTrue(detail.contains("participants"), detail);
        assertThrows(InvalidInputException.class, () -> map("{\"source\": \"10.0.0.1\", \"dest\": \"10.0.0.2\"}", null, null));
    }

    @Test
    void refusesAPointToPointSpecWithoutDest() {
        String detail = assertThrows(InvalidInputException.class,
                () -> map("{\"source\": \"10.0.0.1\", \"destination\": \"10.0.0.2\"}", "[\"10.0.0.1\"]", null)).getMessage();
        assertTrue(detail.contains("'dest'"), detail);
    }

    @ParameterizedTest
    @CsvSource({"2001:0:0:1:0:0:0:1, 2001:0:0:1::1", "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1", "1:0:0:0:0:0:0:0, 1::",
        "0:0:0:0:0:0:0:1, ::1", "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1", "FE80:0:0:0:0:0:0:AB, fe80::ab"})
    void writesIpv6AsInetNtopDoes(String address, String text) throws Exception {
        assertEquals(text, AddressFamilies.text(InetAddress.getByName(address)));
    }

    @Test
    void literalResolverNeverLooksUpNames() {
        assertTrue(AddressResolver.literalsOnly().resolve("localhost").isEmpty());
        assertFalse(AddressResolver.literalsOnly().resolve("192.0.2.1").isEmpty());
    }

    private static JsonObject map(String spec, String participants, String observer) {
        return Runs.map(TestRuns.run("throughput", spec, participants, OK), observer).metadata();
    }
}
