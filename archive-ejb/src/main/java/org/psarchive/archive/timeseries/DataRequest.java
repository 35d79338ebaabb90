package org.psarchive.archive.timeseries;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.psarchive.platform.error.InvalidInputException;

/** Parses esmond's two data bodies: one point {@code {ts, val}} and the bulk {@code {"data": [...]}}. */
public final class DataRequest {

    private DataRequest() {
    }

    /** POST .../&lt;event-type&gt;/base: {@code {"ts": 1700000000, "val": ...}}. */
    public static DataPoint single(String eventType, JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("A JSON object {\"ts\": ..., \"val\": ...} is required.");
        }
        return new DataPoint(eventType, ts(body.get("ts"), "ts"), value(body, "val"));
    }

    /** PUT .../&lt;metadata-key&gt;/: {@code {"data": [{"ts": T, "val": [{"event-type": E, "val": V}]}]}}. */
    public static List<DataPoint> bulk(JsonObject body) {
        JsonValue data = body == null ? null : body.get("data");
        if (data == null || data.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("A JSON object with a 'data' list is required.");
        }
        List<DataPoint> points = new ArrayList<>();
        int position = 0;
        for (JsonValue item : data.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("data[" + position + "] must be an object with ts and val.");
            }
            JsonObject entry = item.asJsonObject();
            long ts = ts(entry.get("ts"), "data[" + position + "].ts");
            JsonValue values = entry.get("val");
            if (values == null || values.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new InvalidInputException("data[" + position + "].val must be a list of {event-type, val}.");
            }
            for (JsonValue value : values.asJsonArray()) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT
                        || !(value.asJsonObject().get("event-type") instanceof JsonString eventType)) {
                    throw new InvalidInputException("data[" + position + "].val entries need an event-type and a val.");
                }
                points.add(new DataPoint(eventType.getString(), ts, value(value.asJsonObject(), "val")));
            }
            position++;
        }
        return points;
    }

    private static JsonValue value(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null) {
            throw new InvalidInputException("'" + member + "' is required.");
        }
        return value;
    }

    private static long ts(JsonValue value, String name) {
        try {
            long ts;
            if (value instanceof JsonNumber number) {
                ts = number.bigDecimalValue().longValueExact();
            } else if (value instanceof JsonString text) {
                ts = Long.parseLong(text.getString().trim());
            } else {
                throw new InvalidInputException(name + " is required: a whole number of seconds since 1970.");
            }
            if (ts < 0) {
                throw new InvalidInputException(name + " must not be negative.");
            }
            return ts;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number of seconds since 1970 (got " + value + ").");
        }
    }
}
