package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.json;

import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.archive.eventtype.PointValue.Document;
import org.psarchive.platform.error.InvalidInputException;

class JsonDocumentValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"error\":\"timeout\"}", "{\"href\":\"https://h/pscheduler/tasks/1/runs/2\"}",
        "[{\"ttl\":1,\"ip\":\"10.0.0.1\",\"rtt\":0.3}]", "[]", "{}", "\"text\"", "12.5", "true", "null"})
    void acceptsAnyJsonAsPosted(String text) {
        PointValue value = coerce(DataType.JSON, text);
        assertEquals(new Document(json(text)), value);
        assertEquals(json(text), value.toJson());
    }

    @ParameterizedTest
    @EnumSource(DataType.class)
    void refusesAMissingValueForEveryDataType(DataType type) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PointValues.coerce(type, null));
        assertEquals("Missing value: a data point needs a 'val' field", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"INTEGER", "FLOAT", "PERCENTAGE", "HISTOGRAM", "SUBINTERVAL"})
    void refusesJsonNullForEveryTypedValue(DataType type) {
        assertThrows(InvalidInputException.class, () -> PointValues.coerce(type, JsonValue.NULL));
    }
}
