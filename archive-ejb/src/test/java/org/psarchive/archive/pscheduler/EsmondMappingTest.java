package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psarchive.archive.pscheduler.JsonAssert.assertJsonEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EsmondMappingTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void mapsRecordedRunToTheEsmondArchiversMetadataBody(String name, String observer) {
        EsmondMapping mapping = Runs.map(Runs.run(name), observer, DataFormattingPolicy.MAPPED_AND_RAW);
        assertJsonEquals(Runs.resource(name + ".metadata.json"), mapping.metadata());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void mapsRecordedRunToTheEsmondArchiversDataBody(String name, String observer) {
        EsmondMapping mapping = Runs.map(Runs.run(name), observer, DataFormattingPolicy.MAPPED_AND_RAW);
        assertJsonEquals(Runs.resource(name + ".data.json"), mapping.data());
        assertEquals(Runs.resource(name + ".run.json").getString("id"), mapping.runId());
    }

    /** The esmond archiver's default policy: the same bodies without pscheduler-raw, except where it always sends it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void preferMappedLeavesOutRawExceptForDiskToDiskAndUnmappedTypes(String name, String observer) {
        RunDocument run = Runs.run(name);
        EsmondMapping mapping = Runs.map(run, observer, DataFormattingPolicy.PREFER_MAPPED);
        boolean keepsRaw = Set.of("disk-to-disk", "dns").contains(run.testType());
        assertJsonEquals(withoutRaw(Runs.resource(name + ".metadata.json"), keepsRaw), mapping.metadata());
        assertJsonEquals(withoutRaw(Runs.resource(name + ".data.json"), keepsRaw), mapping.data());
    }

    private static JsonObject withoutRaw(JsonObject body, boolean keep) {
        if (keep) {
            return body;
        }
        if (body.containsKey("event-types")) {
            return Json.createObjectBuilder(body).add("event-types", drop(body.getJsonArray("event-types"))).build();
        }
        JsonObject point = body.getJsonArray("data").getJsonObject(0);
        JsonObject trimmed = Json.createObjectBuilder(point).add("val", drop(point.getJsonArray("val"))).build();
        return Json.createObjectBuilder().add("data", Json.createArrayBuilder().add(trimmed)).build();
    }

    private static JsonArrayBuilder drop(Iterable<JsonValue> entries) {
        JsonArrayBuilder kept = Json.createArrayBuilder();
        for (JsonValue entry : entries) {
            if (!"pscheduler-raw".equals(entry.asJsonObject().getString("event-type"))) {
                kept.add(entry);
            }
        }
        return kept;
    }
}
