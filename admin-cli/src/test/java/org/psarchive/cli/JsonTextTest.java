package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Parsing and printing the server's JSON. */
class JsonTextTest {

    @Test
    void readsMembersForPeople() {
        var object = JsonText.asObject(JsonText.parse(
                "{\"s\":\"a\\\"b\",\"blank\":\"\",\"n\":null,\"e\":[],\"l\":[\"x\",\"y\"],\"b\":false,\"i\":7}"));

        assertEquals("a\"b", JsonText.text(object, "s"));
        assertEquals("-", JsonText.text(object, "n"));
        assertEquals("-", JsonText.text(object, "blank"));
        assertEquals("-", JsonText.text(object, "missing"));
        assertEquals("-", JsonText.text(object, "e"));
        assertEquals("x, y", JsonText.text(object, "l"));
        assertEquals("false", JsonText.text(object, "b"));
        assertEquals("7", JsonText.text(object, "i"));
    }

    @Test
    void takesAnEmptyBodyAsNull() {
        assertEquals(JsonValue.NULL, JsonText.parse(""));
    }

    @Test
    void refusesWhatIsNotJson() {
        assertThrows(JsonException.class, () -> JsonText.parse("<html>"));
        assertThrows(UnexpectedAnswerException.class, () -> JsonText.asArray(JsonText.parse("{}")));
    }

    @Test
    void printsPrettyJsonWithoutSurroundingBlankLines() {
        assertEquals("{\n    \"a\": [\n        1\n    ]\n}", JsonText.pretty(JsonText.parse("{\"a\":[1]}")));
    }
}
