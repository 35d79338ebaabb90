package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Parsing and printing the server's JSON. */
class ApiJsonTest {

    @Test
    void readsMembersForPeople() {
        var object = ApiJson.asObject(ApiJson.parse(
                "{\"s\":\"a\\\"b\",\"blank\":\"\",\"n\":null,\"e\":[],\"l\":[\"x\",\"y\"],\"b\":false,\"i\":7}"));

        assertEquals("a\"b", ApiJson.text(object, "s"));
        assertEquals("-", ApiJson.text(object, "n"));
        assertEquals("-", ApiJson.text(object, "blank"));
        assertEquals("-", ApiJson.text(object, "missing"));
        assertEquals("-", ApiJson.text(object, "e"));
        assertEquals("x, y", ApiJson.text(object, "l"));
        assertEquals("false", ApiJson.text(object, "b"));
        assertEquals("7", ApiJson.text(object, "i"));
    }

    @Test
    void takesAnEmptyBodyAsNull() {
        assertEquals(JsonValue.NULL, ApiJson.parse(""));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(JsonException.class, () -> ApiJson.parse("<html>"));
        assertThrows(UnexpectedAnswerException.class, () -> ApiJson.asArray(ApiJson.parse("{}")));
    }

    @Test
    void printsPrettyJsonWithoutSurroundingBlankLines() {
        assertEquals("{\n    \"a\": [\n        1\n    ]\n}", ApiJson.pretty(ApiJson.parse("{\"a\":[1]}")));
    }
}
