package org.psarchive.archive.metadata;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.psarchive.archive.eventtype.EventType;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.Summaries;
import org.psarchive.platform.error.InvalidInputException;

/** Parses a metadata POST body into a {@link NewMetadata}, with a 400 for anything esmond refused or broke on. */
public final class MetadataRequest {

    static final int MAX_NAME = 128;
    static final int MAX_VALUE = 4000;
    /** Members that describe a stored record and are never taken as parameters. */
    private static final Set<String> READ_ONLY = Set.of("uri", "url");

    private MetadataRequest() {
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
