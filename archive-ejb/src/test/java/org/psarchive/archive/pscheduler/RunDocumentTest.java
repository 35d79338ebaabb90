package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;

class RunDocumentTest {

    private static final JsonObject RUN = Runs.resource("rtt.run.json");

    @Test
    void readsWhatTheMappingNeeds() {
        RunDocument run = RunDocument.parse(RUN);
        assertEquals("ee1f2ee6-8c6b-45ee-b89a-8ee32a71b981", run.runId());
        assertEquals("rtt", run.testType());
        assertEquals("ping", run.toolName());
        assertEquals(1480482780L, run.startEpochSeconds());
        assertEquals(11.0, run.durationSeconds());
        assertEquals(Optional.of("psched-dev2"), run.leadParticipant());
        assertEquals(Optional.of("https://psched-dev2/pscheduler/tasks/ABC123/runs/ee1f2ee6-8c6b-45ee-b89a-8ee32a71b981"),
                run.runHref());
    }

    @Test
    void unwrapsAWholeArchiverInput() {
        JsonObject envelope = Json.createObjectBuilder().add("data", Json.createObjectBuilder().add("_url", "x"))
                .add("attempts", 0).add("result", RUN).build();
        assertEquals("ee1f2ee6-8c6b-45ee-b89a-8ee32a71b981", RunDocument.parse(envelope).runId());
    }

    @Test
    void takesTheTestFromTheTaskWhenTheRunHasNone() {
        JsonObject run = Json.createObjectBuilder(RUN).remove("test")
                .add("task", Json.createObjectBuilder().add("test", RUN.getJsonObject("test"))).build();
        assertEquals("rtt", RunDocument.parse(run).testType());
    }

    @Test
    void takesTheRunIdFromTheRunHrefWhenIdIsMissing() {
        assertEquals("ee1f2ee6-8c6b-45ee-b89a-8ee32a71b981",
                RunDocument.parse(Json.createObjectBuilder(RUN).remove("id").build()).runId());
    }

    @Test
    void dropsTheFractionOfTheStartAndReadsATimeWithoutOffsetAsUtc() {
        assertEquals(1497971206L, start("2017-06-20T15:06:46.999999+00:00"));
        assertEquals(1497971206L, start("2017-06-20T17:06:46+02:00"));
        assertEquals(1497971206L, start("2017-06-20T15:06:46"));
    }

    @Test
    void treatsANullResultAsEmpty() {
        RunDocument run = RunDocument.parse(Json.createObjectBuilder(RUN).addNull("result").build());
        assertTrue(run.result().isEmpty());
    }

    @Test
    void refusesARunWithoutTest() {
        assertTrue(refusal(Json.createObjectBuilder(RUN).remove("test").build()).contains("test.type"));
    }

    @Test
    void refusesARunWithoutToolName() {
        assertTrue(refusal(Json.createObjectBuilder(RUN).add("tool", JsonObject.EMPTY_JSON_OBJECT).build())
                .contains("tool.name"));
    }

    @Test
    void refusesARunWithoutIdOrRunHref() {
        JsonObject run = Json.createObjectBuilder(RUN).remove("id").remove("run").build();
        assertTrue(refusal(run).contains("id"));
    }

    @Test
    void refusesAScheduleThatIsNotIso8601() {
        assertTrue(refusal(schedule("yesterday", "PT10S")).contains("schedule.start"));
        assertTrue(refusal(schedule("2017-06-20T15:06:46Z", "P1M")).contains("schedule.duration"));
        assertTrue(refusal(Json.createObjectBuilder(RUN).remove("schedule").build()).contains("schedule.duration"));
    }

    @Test
    void refusesAResultThatIsNotAnObject() {
        assertTrue(refusal(Json.createObjectBuilder(RUN).add("result", "ok").build()).contains("result"));
    }

    @Test
    void refusesParticipantsThatAreNotAList() {
        assertTrue(refusal(Json.createObjectBuilder(RUN).add("participants", "a").build()).contains("participants"));
    }

    private static long start(String start) {
        return RunDocument.parse(schedule(start, "PT10S")).startEpochSeconds();
    }

    private static JsonObject schedule(String start, String duration) {
        return Json.createObjectBuilder(RUN)
                .add("schedule", Json.createObjectBuilder().add("start", start).add("duration", duration)).build();
    }

    private static String refusal(JsonObject body) {
        return assertThrows(InvalidInputException.class, () -> RunDocument.parse(body)).getMessage();
    }

    @Test
    void takesTheTaskHostAsTheObserverOfLastResort() {
        assertEquals(java.util.Optional.of("10.0.0.1"), Runs.run("throughput-udp").taskHost());
        JsonObject v6 = jakarta.json.Json.createObjectBuilder(RUN)
                .add("task", jakarta.json.Json.createObjectBuilder().add("href", "https://[2001:db8::5]:443/pscheduler/tasks/x"))
                .build();
        assertEquals(java.util.Optional.of("2001:db8::5"), RunDocument.parse(v6).taskHost());
    }
}
