package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.psarchive.platform.error.InvalidInputException;

/** Test helpers: JSON text to a value, and the detail of a rejected value. */
final class Jsons {

    private Jsons() {
    }

    static JsonValue json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    static PointValue coerce(DataType type, String json) {
        return PointValues.coerce(type, json(json));
    }

    /** The 400 detail for a value that must be refused. */
    static String rejection(DataType type, String json) {
        return assertThrows(InvalidInputException.class, () -> coerce(type, json)).getMessage();
    }
}
