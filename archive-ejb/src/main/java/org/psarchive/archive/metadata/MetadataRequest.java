package org.psarchive.archive.metadata;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.psarchive.archive.eventtype.EventType;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.Summaries;
import org.psarchive.platform.cache.ExpiringCache;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

/** Parses a metadata POST body into a {@link NewMetadata}, with a 400 for anything esmond refused or broke on. */
public final class MetadataRequest {

    static final int MAX_NAME = 128;
    static final int MAX_VALUE = 4000;
    /** Members that describe a stored record and are never taken as parameters. */
    private static final Set<String> READ_ONLY = Set.of("uri", "url");

    /**
     * Bodies parsed lately, by their text. pScheduler posts the same body before every result, and reading
     * it as JSON and then as metadata cost a twentieth of the platform's CPU per result (bin/bench
     * archive); a body's metadata depends on its text alone. Bounded: full, it is emptied.
     */
    private static final ExpiringCache<String, NewMetadata> RECENT_BODIES = new ExpiringCache<>(Duration.ofMinutes(10), 1024);
    /** Longer bodies are parsed each time rather than kept. */
    static final int MAX_REMEMBERED_BODY = 16 * 1024;

    private MetadataRequest() {
    }

    /** {@link #parse(JsonObject)} of a body's text, from memory when the same text was posted lately. */
    public static NewMetadata parse(String body) {
        if (body == null || body.length() > MAX_REMEMBERED_BODY) {
            return parse(object(body));
        }
        Optional<NewMetadata> known = RECENT_BODIES.get(body);
        if (known.isPresent()) {
            return known.get();
        }
        long readAt = RECENT_BODIES.generation();
        NewMetadata parsed = parse(object(body)); // a 400 leaves nothing behind
        RECENT_BODIES.put(body, parsed, readAt);
        return parsed;
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            throw new InvalidInputException("The request body is not valid JSON: " + e.getMessage());
        }
    }

    public static NewMetadata parse(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("A JSON object describing the metadata is required.");
        }
        if (body.containsKey("metadata-key")) {
            throw new InvalidInputException("metadata-key is assigned by the archive and cannot be posted.");
        }
        SubjectType subjectType = SubjectType.fromWireName(string(body, "subject-type"))
                .orElseThrow(() -> new InvalidInputException(
                        "subject-type must be 'point-to-point' or 'network-element'."));
        SortedMap<String, String> subject = new TreeMap<>();
        for (String field : subjectType.fields()) {
            subject.put(field, subjectField(body, field));
        }
        SortedMap<String, String> parameters = new TreeMap<>();
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String name = member.getKey();
            if (!subject.containsKey(name) && !name.equals("subject-type") && !name.equals("event-types")
                    && !READ_ONLY.contains(name)) {
                parameters.put(name, parameter(name, member.getValue()));
            }
        }
        return new NewMetadata(subjectType, subject, parameters, series(body.get("event-types")));
    }

    private static SortedSet<SeriesKey> series(JsonValue eventTypes) {
        if (eventTypes == null || eventTypes.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("event-types is required: a list of {\"event-type\": ..., \"summaries\": [...]}.");
        }
        SortedSet<SeriesKey> series = new TreeSet<>();
        for (JsonValue entry : eventTypes.asJsonArray()) {
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("Each entry of event-types must be an object with an event-type.");
            }
            EventType type = EventTypes.require(string(entry.asJsonObject(), "event-type"));
            series.add(SeriesKey.base(type.name()));
            Summaries.validate(type, entry.asJsonObject().get("summaries"))
                    .forEach(summary -> series.add(new SeriesKey(type.name(), summary.type(), summary.window())));
        }
        return series;
    }

    private static String subjectField(JsonObject body, String field) {
        String value = string(body, field);
        if (!SubjectType.ADDRESS_FIELDS.contains(field)) {
            if (value.length() > MAX_NAME) {
                throw new InvalidInputException(field + " is longer than " + MAX_NAME + " characters.");
            }
            return value;
        }
        return IpLiterals.canonical(value).orElseThrow(() -> new InvalidInputException(
                field + " must be an IPv4 or IPv6 address (got '" + value + "')."));
    }

    private static String parameter(String name, JsonValue value) {
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("Parameter name '" + name.substring(0, 40) + "...' is longer than "
                    + MAX_NAME + " characters.");
        }
        String text = PythonText.of(value);
        if (text.length() > MAX_VALUE) {
            throw new InvalidInputException("Parameter '" + name + "' is longer than " + MAX_VALUE + " characters.");
        }
        return text;
    }

    private static String string(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            return text.getString().trim();
        }
        throw new InvalidInputException(member + " is required" + (value == null ? "." : " and must be a string."));
    }
}
