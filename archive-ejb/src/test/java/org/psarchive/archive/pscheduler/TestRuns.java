package org.psarchive.archive.pscheduler;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Small hand-made runs for edge cases: a type, a spec, participants and a result, the rest fixed. */
final class TestRuns {

    static final String HREF = "https://ps1.example.net/pscheduler/tasks/t1/runs/r1";

    private TestRuns() {
    }

    static JsonObject run(String type, String spec, String participants, String result) {
        JsonObjectBuilder run = Json.createObjectBuilder()
                .add("id", "r1")
                .add("schedule", Json.createObjectBuilder().add("start", "2024-05-01T12:00:00Z").add("duration", "PT20S"))
                .add("test", Json.createObjectBuilder().add("type", type).add("spec", Runs.json(spec)))
                .add("tool", Json.createObjectBuilder().add("name", "tool").add("version", "1.0"))
                .add("run", Json.createObjectBuilder().add("href", HREF))
                .add("result", result == null ? JsonValue.NULL : Runs.json(result));
        if (participants != null) {
            run.add("participants", Json.createReader(new java.io.StringReader(participants)).readArray());
        }
        return run.build();
    }

    /** The values of the data body, by event type (the last one wins). */
    static JsonObject values(EsmondMapping mapping) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        mapping.data().getJsonArray("data").getJsonObject(0).getJsonArray("val").forEach(v ->
                values.add(v.asJsonObject().getString("event-type"), v.asJsonObject().get("val")));
        return values.build();
    }
}
