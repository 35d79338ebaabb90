package org.psarchive.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin API's JSON in the CLI: request bodies built, answers parsed and printed, through JSON-P (Parsson). */
final class ApiJson {

    // one provider for the whole run: JsonProvider.provider() searches the class path on every call
    private static final JsonProvider JSON = JsonProvider.provider();

    private ApiJson() {
    }

    /** Parses a whole answer; an empty body (204) is {@link JsonValue#NULL}. */
    static JsonValue parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        try (var reader = JSON.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new JsonException("not JSON: " + e.getMessage(), e);
        }
    }

    static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    static String compact(JsonValue value) {
        return value.toString();
    }

    static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    /** The answer as an object; anything else means {@code --url} is not a psarchive platform of this version. */
    static JsonObject asObject(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new UnexpectedAnswerException("expected a JSON object from the server, got " + value.getValueType(), null);
    }

    static JsonArray asArray(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new UnexpectedAnswerException("expected a JSON array from the server, got " + value.getValueType(), null);
    }

    /** A member for people: strings bare, lists joined with ", ", and "-" for missing, null or empty. */
    static String text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value == JsonValue.NULL) {
            return "-";
        }
        String text = value instanceof JsonArray array
                ? array.stream().map(ApiJson::scalar).collect(Collectors.joining(", "))
                : scalar(value);
        // an empty cell would shift a table's columns for the eye and for awk alike
        return text.isBlank() ? "-" : text;
    }

    /** Strings of an array member, e.g. the CIDRs of {@code "added"}; missing means none. */
    static List<String> stringList(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().map(ApiJson::scalar).toList();
    }

    static boolean isTrue(JsonObject object, String member) {
        return object.get(member) == JsonValue.TRUE;
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return value.toString();
    }
}
