package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * The two bodies being built for one run: metadata parameters and event types, and the values of
 * the single data point. Mirrors {@code EsmondBaseRecord}'s {@code metadata} and {@code data}.
 */
final class EsmondRecord {

    private final Map<String, JsonValue> parameters = new LinkedHashMap<>();
    private final List<String> eventTypes = new ArrayList<>();
    private final List<JsonValue> values = new ArrayList<>();

    void parameter(String name, String value) {
        parameters.put(name, Jsonp.createValue(value));
    }

    void parameter(String name, JsonValue value) {
        parameters.put(name, value);
    }

    /**
     * {@code parse_metadata_field}: an object becomes one parameter per member ({@code key-member},
     * members starting with {@code _} left out, recursively); a list one per element
     * ({@code key-0}, {@code key-1}, ... not recursively); anything else one parameter.
     */
    void flatten(String key, JsonValue value) {
        switch (value.getValueType()) {
            case ARRAY -> {
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    parameters.put(key + "-" + i, value.asJsonArray().get(i));
                }
            }
            case OBJECT -> {
                for (Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
                    if (!member.getKey().startsWith("_")) {
                        flatten(key + "-" + member.getKey(), member.getValue());
                    }
                }
            }
            default -> parameters.put(key, value);
        }
    }

    /** Registers an event type, with its default summaries if it has any. */
    void eventType(String name) {
        eventTypes.add(name);
    }

    void value(String eventType, JsonValue value) {
        values.add(Jsonp.createObjectBuilder().add("event-type", eventType).add("val", value).build());
    }

    /** The metadata POST body. */
    JsonObject metadata() {
        JsonObjectBuilder body = Jsonp.createObjectBuilder();
        parameters.forEach(body::add);
        JsonArrayBuilder types = Jsonp.createArrayBuilder();
        for (String name : eventTypes) {
            JsonObjectBuilder entry = Jsonp.createObjectBuilder().add("event-type", name);
            DefaultSummaries.of(name).ifPresent(summaries -> entry.add("summaries", summaries));
            types.add(entry);
        }
        return body.add("event-types", types).build();
    }

    /** The bulk PUT body: one point at {@code ts}. */
    JsonObject data(long ts) {
        JsonObject point = Jsonp.createObjectBuilder().add("ts", ts).add("val", Jsonp.createArrayBuilder(values)).build();
        return Jsonp.createObjectBuilder().add("data", Jsonp.createArrayBuilder().add(point)).build();
    }
}
