package org.psarchive.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.platform.error.InvalidInputException;

/** Descriptions, communities, site names, country codes and service-type definitions. */
class TextFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"CERN bandwidth node", "Tier-2 (ATLAS) 10G, rack 4", "ps/bw: 100% & more", ""})
    void acceptsPlainDescriptions(String text) {
        assertEquals(text, new Description(text).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a \"quoted\" node", "o'clock", "back`tick", "one; two", "<script>", "a > b", "tab\there"})
    void refusesDescriptionsWithCharactersGocdbForbids(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Description(text));
        assertTrue(e.getMessage().startsWith("Invalid description"), e.getMessage());
    }

    @Test
    void limitsDescriptionsTo255Characters() {
        new Description("x".repeat(255));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Description("x".repeat(256)));
        assertTrue(e.getMessage().contains("255"), e.getMessage());
    }

    @Test
    void aBlankDescriptionIsNone() {
        assertNull(Description.ofNullable("  "));
        assertNull(Description.ofNullable(null));
        assertEquals("x", Description.ofNullable(" x ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"WLCG", "wlcg", "ATLAS", "Belle II", "USCMS-T2", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void acceptsCommunities(String name) {
        assertEquals(name, new Community(name).value());
    }

    @Test
    void communitiesKeepTheirCaseAndLoseSurroundingSpace() {
        assertEquals("LHCb", new Community("  LHCb ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "WLCG,ATLAS", "tab\tin", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void refusesBadCommunities(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Community(name));
        assertTrue(e.getMessage().contains("community"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CERN-PROD", "BNL-ATLAS", "UKI-NORTHGRID-MAN-HEP", "praguelcg2", "T2_US_MIT", "a"})
    void acceptsGocdbSiteNames(String name) {
        new SiteName(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-CERN", "CERN PROD", "CERN/PROD", "site;drop", "é"})
    void refusesBadSiteNames(String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SiteName(name));
        assertTrue(e.getMessage().contains("site"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CH", "ch", "US", "DE", "GB", "JP", " br "})
    void acceptsIsoCountryCodesInAnyCase(String code) {
        assertEquals(code.strip().toUpperCase(), new CountryCode(code).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "XX", "CHE", "C", "EU", "1A", ""})
    void refusesWhatIsNoIsoAlpha2Code(String code) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CountryCode(code));
        assertTrue(e.getMessage().contains("country-code"), e.getMessage());
    }

    @Test
    void aServiceTypeNeedsALookupTypeAndALocatorTemplateWithTheHost() {
        ServiceTypeName name = new ServiceTypeName("net.perfSONAR.Trace");
        Description description = new Description("traceroute");
        new ServiceTypeSpec(name, description, "pscheduler", "https://{host}/pscheduler");
        assertTrue(assertThrows(InvalidInputException.class,
                () -> new ServiceTypeSpec(name, description, "pscheduler", "https://example.org/pscheduler"))
                .getMessage().contains("locator-template"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> new ServiceTypeSpec(name, description, "PS Cheduler", "https://{host}/pscheduler"))
                .getMessage().contains("lookup-service-type"));
        assertTrue(assertThrows(InvalidInputException.class,
                () -> new ServiceTypeSpec(name, description, "owamp", "tcp://{host}:861 <x>"))
                .getMessage().contains("locator-template"));
    }
}
