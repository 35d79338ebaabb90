package org.psarchive.archive.pscheduler;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Members of a run document read as the type the mapping needs. Where the esmond archiver would
 * have crashed on a wrong type, this gives a 400 naming the member; absent or null objects and
 * lists read as empty, as the archiver's {@code .get(..., None)} checks let them pass.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    /** Python {@code float(value)} for a number or numeric string. */
    static double toFloat(JsonValue value, String where) {
        try {
            if (value instanceof JsonNumber number) {
                return number.doubleValue();
            }
            if (value instanceof JsonString text) {
                return Double.parseDouble(text.getString().strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new InvalidInputException(where + " must be a number (got " + value + ").");
    }

    /** The member as an object; absent or null gives an empty object. */
    static JsonObject object(JsonValue value, String where) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(where + " must be a JSON object.");
        }
        return value.asJsonObject();
    }

    /** The member as a list; absent or null gives an empty list. */
    static JsonArray array(JsonValue value, String where) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(where + " must be a JSON list.");
        }
        return value.asJsonArray();
    }

    /** A number member, or a 400 naming it. */
    static JsonNumber number(JsonValue value, String where) {
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new InvalidInputException(where + " must be a number (got " + value + ").");
    }

    /** An ISO 8601 duration member in seconds, or a 400 naming it. */
    static double seconds(JsonValue value, String where) {
        try {
            if (value instanceof JsonString text) {
                return Iso8601.seconds(text.getString());
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // refused below
        }
        throw new InvalidInputException(where + " must be an ISO 8601 duration such as PT30S (got " + value + ").");
    }
}
