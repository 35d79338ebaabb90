package org.psarchive.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Members of the JSON request bodies of psarchive's own APIs (administration, the registry), each
 * malformed one a 400 worded the same way in every API. A missing body reads as an empty object, so
 * its required members are named in the answer. esmond's and sLS's bodies keep their own parsers,
 * which follow those services' exact wire behaviour.
 */
public final class BodyMembers {

    private BodyMembers() {
    }

    /** The body, or an empty object when the request had none. */
    public static JsonObject orEmpty(JsonObject body) {
        return body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    }

    /** The body, or a 400 when the request had none. */
    public static JsonObject required(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("A JSON object is required as the request body.");
        }
        return body;
    }

    /** The 400 for a required member that is missing or null. */
    public static InvalidInputException missing(String member) {
        return new InvalidInputException("'" + member + "' is required.");
    }

    public static String requiredString(JsonObject body, String member) {
        String value = optionalString(body, member);
        if (value == null) {
            throw missing(member);
        }
        return value;
    }

    /** A string member, or null when it is missing or null. */
    public static String optionalString(JsonObject body, String member) {
        JsonValue value = orEmpty(body).get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException("'" + member + "' must be a string.");
    }

    public static boolean booleanOr(JsonObject body, String member, boolean fallback) {
        JsonValue value = orEmpty(body).get(member);
        if (value == null || value == JsonValue.NULL) {
            return fallback;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidInputException("'" + member + "' must be true or false.");
    }

    /** An array of strings; missing or null is an empty list. */
    public static List<String> strings(JsonObject body, String member) {
        JsonValue value = orEmpty(body).get(member);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("'" + member + "' must be an array of strings.");
        }
        List<String> strings = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new InvalidInputException("'" + member + "' must be an array of strings.");
            }
            strings.add(text.getString());
        }
        return strings;
    }
}
