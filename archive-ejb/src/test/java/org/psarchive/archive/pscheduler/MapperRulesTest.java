package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.pscheduler.JsonAssert.assertJsonEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psarchive.platform.error.InvalidInputException;

/** Single rules of the esmond archiver that the recorded runs do not reach. */
class MapperRulesTest {

    private static final String P2P = "\"source\": \"10.0.0.1\", \"dest\": \"10.0.0.2\"";

    @Test
    void writesRttBucketsAsPythonRoundsTheBinaryValue() {
        JsonObject values = values("rtt", "{" + P2P + "}", "{\"succeeded\": true, \"roundtrips\": ["
                + "{\"rtt\": \"PT0.000125S\", \"ttl\": 60}, {\"rtt\": \"PT0.001005S\", \"ttl\": 60}, {\"rtt\": null, \"ttl\": 0}]}");
        assertJsonEquals(Runs.json("{\"0.12\": 1, \"1.01\": 1}"), values.get("histogram-rtt"));
        assertJsonEquals(Runs.json("{\"60\": 2}"), values.get("histogram-ttl-reverse"));
    }

    @Test
    void leavesOutTheLossRateWhenNothingWasSent() {
        JsonObject values = values("latency", "{" + P2P + "}",
                "{\"succeeded\": true, \"packets-sent\": 0, \"packets-lost\": 0, \"histogram-ttl\": {}}");
        assertFalse(values.containsKey("packet-loss-rate"));
        assertFalse(values.containsKey("histogram-ttl"), "an empty histogram is not sent");
        assertEquals(0, values.getInt("packet-count-sent"));
    }

    @Test
    void takesTheFirstNonEmptyPathAsPacketTrace() {
        JsonObject values = values("trace", "{" + P2P + "}",
                "{\"succeeded\": true, \"paths\": [[], [{\"ip\": \"10.0.0.2\", \"rtt\": \"PT0.001S\"}]]}");
        assertJsonEquals(Runs.json("{\"a\": [{\"ttl\": 1, \"query\": 1, \"success\": 1, \"ip\": \"10.0.0.2\", \"rtt\": 1.0}]}")
                .get("a"), values.get("packet-trace"));
        assertFalse(values.containsKey("path-mtu"));
        assertFalse(values.containsKey("packet-trace-multi"), "traceroute, not paris-traceroute");
    }

    @Test
    void sortsStringStreamIdsAsStrings() {
        JsonObject values = values("throughput", "{" + P2P + ", \"parallel\": 2}", "{\"succeeded\": true, \"summary\": {"
                + "\"streams\": [{\"stream-id\": \"5\", \"throughput-bits\": 2.0}, {\"stream-id\": \"10\", \"throughput-bits\": 1.0}],"
                + "\"summary\": {\"throughput-bits\": 3.0}}}");
        assertJsonEquals(Runs.json("{\"a\": [1.0, 2.0]}").get("a"), values.get("streams-throughput"));
    }

    @Test
    void skipsAnIntervalWithoutEndTogetherWithItsStreams() {
        JsonObject values = values("throughput", "{" + P2P + ", \"parallel\": 2}", "{\"succeeded\": true, \"intervals\": ["
                + "{\"summary\": {\"start\": 0, \"throughput-bits\": 5.0}, \"streams\": [{\"stream-id\": 1, \"start\": 0, \"end\": 1}]},"
                + "{\"summary\": {\"start\": 1, \"end\": 2, \"throughput-bits\": 6.0},"
                + " \"streams\": [{\"stream-id\": 1, \"start\": 1, \"end\": 2, \"throughput-bits\": 6.0}]}]}");
        assertJsonEquals(Runs.json("{\"a\": [{\"start\": 1, \"duration\": 1, \"val\": 6.0}]}").get("a"),
                values.get("throughput-subintervals"));
        assertJsonEquals(Runs.json("{\"a\": [[{\"start\": 1, \"duration\": 1, \"val\": 6.0}]]}").get("a"),
                values.get("streams-throughput-subintervals"));
        assertJsonEquals(Runs.json("{\"a\": [[]]}").get("a"), values.get("streams-packet-retransmits-subintervals"));
    }

    @Test
    void sendsFailuresForAFailedRunOfAnUnmappedTypeThoughOnlyRawIsRegistered() {
        EsmondMapping mapping = Runs.map(TestRuns.run("dns", "{\"query\": \"example.org\"}", "[\"10.0.0.1\"]",
                "{\"succeeded\": false, \"error\": \"timeout\"}"), null);
        assertJsonEquals(Runs.json("{\"error\": \"timeout\"}"), TestRuns.values(mapping).get("failures"));
        assertEquals(List.of("pscheduler-raw", "pscheduler-run-href"), eventTypes(mapping));
        assertEquals("network-element", mapping.metadata().getString("subject-type"));
        assertFalse(mapping.metadata().containsKey("destination"));
    }

    @Test
    void storesEveryTypeRawUnderRawOnly() {
        EsmondMapping mapping = Runs.map(Runs.run("throughput-tcp"), "10.0.0.1", DataFormattingPolicy.RAW_ONLY);
        assertEquals(List.of("pscheduler-raw", "pscheduler-run-href"), eventTypes(mapping));
        assertEquals("10.0.0.2", mapping.metadata().getString("pscheduler-throughput-dest"));
        assertEquals("network-element", mapping.metadata().getString("subject-type"));
    }

    @Test
    void refusesAnUnmappedTypeUnderMappedOnly() {
        RunDocument run = Runs.run("dns-unknown-type");
        assertThrows(InvalidInputException.class, () -> Runs.map(run, null, DataFormattingPolicy.MAPPED_ONLY));
    }

    @Test
    void leavesOutRunHrefWhenTheRunHasNoHref() {
        JsonObject run = jakarta.json.Json.createObjectBuilder(TestRuns.run("rtt", "{" + P2P + "}", "[\"10.0.0.1\"]", null))
                .remove("run").build();
        EsmondMapping mapping = Runs.map(run, null);
        assertFalse(eventTypes(mapping).contains("pscheduler-run-href"));
        assertFalse(TestRuns.values(mapping).containsKey("pscheduler-run-href"));
    }

    @Test
    void flattensNestedReferenceObjectsAndListsButNotObjectsInLists() {
        JsonObject run = jakarta.json.Json.createObjectBuilder(TestRuns.run("rtt", "{" + P2P + "}", "[\"10.0.0.1\"]", null))
                .add("reference", Runs.json("{\"a\": {\"b\": 1, \"_c\": 2}, \"l\": [{\"x\": 1}, \"y\"], \"_z\": 3}")).build();
        JsonObject metadata = Runs.map(run, null).metadata();
        assertEquals(1, metadata.getInt("pscheduler-reference-a-b"));
        assertFalse(metadata.containsKey("pscheduler-reference-a-_c"));
        assertJsonEquals(Runs.json("{\"x\": 1}"), metadata.get("pscheduler-reference-l-0"));
        assertEquals("y", metadata.getString("pscheduler-reference-l-1"));
        assertFalse(metadata.keySet().stream().anyMatch(k -> k.contains("_z")));
    }

    @ParameterizedTest
    @CsvSource({"'https://user@[2001:DB8::1]:443/x', 2001:db8::1", "//Host.Example/x, host.example",
        "ftp://Data.Example.net:21/f, data.example.net", "bar, ''", "file:///tmp/x, ''"})
    void readsTheHostOfADiskToDiskUrlAsUrlparse(String url, String host) {
        assertEquals(host.isEmpty() ? Optional.empty() : Optional.of(host), DiskToDiskMapper.host(url));
    }

    @Test
    void mapsWithTheSystemResolverByDefault() {
        EsmondMapping mapping = EsmondMapping.of(Runs.run("throughput-tcp"), Optional.of("10.0.0.1"));
        assertTrue(eventTypes(mapping).contains("pscheduler-raw"));
    }

    private static JsonObject values(String type, String spec, String result) {
        return TestRuns.values(Runs.map(TestRuns.run(type, spec, "[\"10.0.0.1\"]", result), null));
    }

    private static List<String> eventTypes(EsmondMapping mapping) {
        return mapping.metadata().getJsonArray("event-types").stream()
                .map(e -> e.asJsonObject().getString("event-type")).toList();
    }
}
