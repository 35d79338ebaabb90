package org.psarchive.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class LookupQueryTest {

    private final LookupRecord wlcgHost = record("host", Map.of(
            "host-name", List.of("ps1.cern.ch", "192.0.2.1"), "group-communities", List.of("WLCG", "ATLAS")));

    @Test
    void readsKeysListsAndOperatorsLikeSls() {
        LookupQuery query = parse(Map.of("group-communities", List.of("WLCG,CMS", "ignored"),
                "group-communities-operator", List.of("any"), "type", List.of("host"), "operator", List.of("any"),
                "skip", List.of("10"), "maxresults", List.of("20")));

        assertTrue(query.anyKey());
        assertEquals(10, query.skip());
        assertEquals(20, query.maxResults());
        KeyCondition communities = query.conditions().stream().filter(c -> c.key().equals("group-communities")).findFirst().orElseThrow();
        assertEquals(List.of("WLCG", "CMS"), communities.values(), "only the first occurrence counts");
        assertTrue(communities.any());
        assertEquals(2, query.conditions().size(), "operator keys are never data conditions");
    }

    @Test
    void capsMaxresults() {
        assertEquals(100, parse(Map.of("maxresults", List.of("5000"))).maxResults());
        assertEquals(100, parse(Map.of()).maxResults());
    }

    @Test
    void refusesBadControlParameters() {
        assertThrows(InvalidInputException.class, () -> parse(Map.of("operator", List.of("or"))));
        assertThrows(InvalidInputException.class, () -> parse(Map.of("skip", List.of("-1"))));
        assertThrows(InvalidInputException.class, () -> parse(Map.of("maxresults", List.of("0"))));
        assertThrows(InvalidInputException.class, () -> parse(Map.of("type-operator", List.of("none"))));
    }

    @Test
    void matchesExactlyAndCaseSensitively() {
        assertTrue(parse(Map.of("group-communities", List.of("WLCG"))).matches(wlcgHost));
        assertFalse(parse(Map.of("group-communities", List.of("wlcg"))).matches(wlcgHost));
        assertFalse(parse(Map.of("group-communities", List.of("WLC"))).matches(wlcgHost));
    }

    @Test
    void needsAllListedValuesUnlessAny() {
        assertTrue(parse(Map.of("group-communities", List.of("WLCG,ATLAS"))).matches(wlcgHost));
        assertFalse(parse(Map.of("group-communities", List.of("WLCG,CMS"))).matches(wlcgHost));
        assertTrue(parse(ordered("group-communities", "WLCG,CMS", "group-communities-operator", "any")).matches(wlcgHost));
    }

    @Test
    void joinsKeysWithAndUnlessOperatorAny() {
        assertFalse(parse(ordered("type", "service", "group-communities", "WLCG")).matches(wlcgHost));
        assertTrue(parse(ordered("type", "service", "group-communities", "WLCG", "operator", "any")).matches(wlcgHost));
    }

    @Test
    void treatsAStarAtEitherEndAsAWildcard() {
        assertTrue(parse(Map.of("host-name", List.of("ps1.*"))).matches(wlcgHost));
        assertTrue(parse(Map.of("host-name", List.of("*.cern.ch"))).matches(wlcgHost));
        assertTrue(parse(Map.of("host-name", List.of("*cern*"))).matches(wlcgHost));
        assertTrue(parse(Map.of("host-name", List.of("*"))).matches(wlcgHost));
        assertFalse(parse(Map.of("host-name", List.of("*.CERN.ch"))).matches(wlcgHost));
        assertFalse(parse(Map.of("location-city", List.of("*"))).matches(wlcgHost), "a wildcard needs the key");
    }

    @Test
    void comparesTheServerKeysOfARecord() {
        assertTrue(parse(Map.of("type", List.of("host"))).matches(wlcgHost));
        assertTrue(parse(Map.of("uri", List.of(wlcgHost.uri()))).matches(wlcgHost));
        assertTrue(parse(Map.of("state", List.of("registered"))).matches(wlcgHost));
    }

    @Test
    void duplicateChecksTakeStarsLiterally() {
        KeyCondition literal = new KeyCondition("host-name", List.of("ps1.*"), false, false);
        assertFalse(literal.holdsFor(List.of("ps1.cern.ch")));
        assertTrue(literal.holdsFor(List.of("ps1.*")));
    }

    private static LookupQuery parse(Map<String, List<String>> parameters) {
        return LookupQuery.parse(parameters, 100);
    }

    private static Map<String, List<String>> ordered(String... keysAndValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return map;
    }

    private static LookupRecord record(String type, Map<String, List<String>> data) {
        return new LookupRecord(1, "00000000-0000-4000-8000-000000000001", type, data, Optional.empty(),
                LookupRecord.REGISTERED, Instant.parse("2030-01-01T00:00:00Z"), false);
    }
}
