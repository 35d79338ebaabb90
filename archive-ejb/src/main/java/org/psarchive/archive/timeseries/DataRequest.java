package org.psarchive.archive.timeseries;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

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
        return bulk(new StringReader(body == null ? "null" : body.toString()));
    }

    /**
     * The bulk body read straight from the request: a PUT of 1000 points is 60 KB, and building its
     * JSON tree first took most of the platform's CPU for it (bin/bench archive). Only each point's
     * value becomes a JSON value. Malformed JSON is a {@link jakarta.json.JsonException} (a 400).
     */
    public static List<DataPoint> bulk(Reader body) {
        try (JsonParser parser = Jsonp.createParser(body)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw noDataList();
            }
            List<DataPoint> points = null;
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                if (parser.getString().equals("data")) {
                    if (parser.next() != JsonParser.Event.START_ARRAY) {
                        throw noDataList();
                    }
                    points = entries(parser);
                } else {
                    parser.next();
                    skip(parser);
                }
            }
            if (points == null) {
                throw noDataList();
            }
            return points;
        }
    }

    private static List<DataPoint> entries(JsonParser parser) {
        List<DataPoint> points = new ArrayList<>();
        int position = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            if (event != JsonParser.Event.START_OBJECT) {
                throw new InvalidInputException("data[" + position + "] must be an object with ts and val.");
            }
            JsonValue ts = null;
            List<Map.Entry<String, JsonValue>> values = null;
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String member = parser.getString();
                JsonParser.Event valueEvent = parser.next();
                if (member.equals("ts")) {
                    ts = parser.getValue();
                } else if (member.equals("val")) {
                    if (valueEvent != JsonParser.Event.START_ARRAY) {
                        throw new InvalidInputException("data[" + position + "].val must be a list of {event-type, val}.");
                    }
                    values = eventValues(parser, position);
                } else {
                    skip(parser);
                }
            }
            long time = ts(ts, "data[" + position + "].ts");
            if (values == null) {
                throw new InvalidInputException("data[" + position + "].val must be a list of {event-type, val}.");
            }
            values.forEach(value -> points.add(new DataPoint(value.getKey(), time, value.getValue())));
            position++;
        }
        return points;
    }

    /** The {@code [{"event-type": E, "val": V}, ...]} of one entry, its array already opened. */
    private static List<Map.Entry<String, JsonValue>> eventValues(JsonParser parser, int position) {
        List<Map.Entry<String, JsonValue>> values = new ArrayList<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            JsonValue item = parser.getValue(); // one value: small
            if (event != JsonParser.Event.START_OBJECT
                    || !(item.asJsonObject().get("event-type") instanceof JsonString eventType)) {
                throw new InvalidInputException("data[" + position + "].val entries need an event-type and a val.");
            }
            values.add(Map.entry(eventType.getString(), value(item.asJsonObject(), "val")));
        }
        return values;
    }

    /** Skips the value whose first event was just read. */
    private static void skip(JsonParser parser) {
        parser.getValue();
    }

    private static InvalidInputException noDataList() {
        return new InvalidInputException("A JSON object with a 'data' list is required.");
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
