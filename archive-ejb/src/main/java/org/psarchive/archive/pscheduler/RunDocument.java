package org.psarchive.archive.pscheduler;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;

/**
 * One pScheduler run as the {@code http} archiver sends it: the {@code result} object that
 * {@code pscheduler-server/daemons/archiver.raw} builds ({@code id}, {@code schedule},
 * {@code test}, {@code tool}, {@code participants}, {@code result}, {@code reference},
 * {@code task}, {@code run}). A body that is instead a whole archiver input
 * ({@code {"data": ..., "result": <run>}}) is unwrapped. Parsing checks everything the esmond
 * mapping needs and refuses the rest with a 400 naming the part.
 */
public final class RunDocument {

    private final JsonObject run;
    private final JsonObject test;
    private final String runId;
    private final long start;
    private final double duration;

    private RunDocument(JsonObject run) {
        this.run = run;
        JsonObject task = JsonMembers.object(run.get("task"), "task");
        // pScheduler issue #929: the test may only be found under task.
        this.test = run.containsKey("test")
                ? JsonMembers.object(run.get("test"), "test") : JsonMembers.object(task.get("test"), "task.test");
        text(test, "type", "test.type");
        if (!(test.get("spec") instanceof JsonObject)) {
            throw new InvalidInputException("test.spec is required: the test specification object.");
        }
        text(JsonMembers.object(run.get("tool"), "tool"), "name", "tool.name");
        this.runId = optionalText(run, "id").or(() -> runHref().map(h -> h.replaceAll("/+$", ""))
                .map(h -> h.substring(h.lastIndexOf('/') + 1))).filter(id -> !id.isBlank())
                .orElseThrow(() -> new InvalidInputException("id (the run's UUID) or run.href is required."));
        JsonObject schedule = JsonMembers.object(run.get("schedule"), "schedule");
        this.duration = JsonMembers.seconds(schedule.get("duration"), "schedule.duration");
        try {
            this.start = Iso8601.epochSeconds(text(schedule, "start", "schedule.start"));
        } catch (RuntimeException e) {
            throw new InvalidInputException("schedule.start must be an ISO 8601 date and time (got "
                    + schedule.get("start") + ").");
        }
        JsonMembers.object(run.get("result"), "result");
        Optional.ofNullable(run.get("participants")).filter(p -> p.getValueType() != JsonValue.ValueType.NULL)
                .filter(p -> p.getValueType() != JsonValue.ValueType.ARRAY)
                .ifPresent(p -> {
                    throw new InvalidInputException("participants must be a list of host names or addresses.");
                });
    }

    /** Parses a body PUT or POSTed by the http archiver. */
    public static RunDocument parse(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("A JSON object describing a pScheduler run is required.");
        }
        boolean envelope = !body.containsKey("test") && !body.containsKey("schedule")
                && body.get("result") instanceof JsonObject inner && inner.containsKey("schedule");
        return new RunDocument(envelope ? body.getJsonObject("result") : body);
    }

    /** The run's UUID ({@code id}), for idempotent ingestion. */
    public String runId() {
        return runId;
    }

    public String testType() {
        return test.getString("type");
    }

    public JsonObject spec() {
        return test.getJsonObject("spec");
    }

    public String toolName() {
        return run.getJsonObject("tool").getString("name");
    }

    /** {@code schedule.start} in whole seconds since 1970: the timestamp of the run's data point. */
    public long startEpochSeconds() {
        return start;
    }

    /** {@code schedule.duration} in seconds, as esmond's {@code time-duration}. */
    public double durationSeconds() {
        return duration;
    }

    /** The first participant (the lead), if the run lists one. */
    public Optional<String> leadParticipant() {
        return Optional.ofNullable(run.get("participants")).filter(p -> p instanceof List<?> list && !list.isEmpty())
                .map(p -> p.asJsonArray().get(0)).filter(JsonString.class::isInstance)
                .map(p -> ((JsonString) p).getString()).filter(p -> !p.isBlank());
    }

    /** The tool's result; an empty object when the run has none. */
    public JsonObject result() {
        return JsonMembers.object(run.get("result"), "result");
    }

    /** The task's {@code reference} object, if any. */
    public Optional<JsonObject> reference() {
        return Optional.ofNullable(run.get("reference")).filter(JsonObject.class::isInstance)
                .map(JsonValue::asJsonObject);
    }

    /** {@code run.href}, the URL esmond's {@code pscheduler-run-href} points to. */
    public Optional<String> runHref() {
        return optionalText(JsonMembers.object(run.get("run"), "run"), "href");
    }

    /**
     * The host of {@code task.href}: the pScheduler that scheduled the run, which the http archiver's
     * consumers take as the observer when no {@code x-ps-observer} header came.
     */
    public Optional<String> taskHost() {
        return optionalText(JsonMembers.object(run.get("task"), "task"), "href").flatMap(href -> {
            try {
                return Optional.ofNullable(java.net.URI.create(href).getHost())
                        .map(host -> host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> optionalText(JsonObject object, String member) {
        return object.get(member) instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    private static String text(JsonObject object, String member, String name) {
        return optionalText(object, member).filter(t -> !t.isBlank())
                .orElseThrow(() -> new InvalidInputException(name + " is required and must be a string."));
    }
}
