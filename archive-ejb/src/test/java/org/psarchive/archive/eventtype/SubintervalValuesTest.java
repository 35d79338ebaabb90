package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.json;
import static org.psarchive.archive.eventtype.Jsons.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.archive.eventtype.PointValue.Document;

class SubintervalValuesTest {

    private static final String GOOD = "[{\"start\":0,\"duration\":1.000021,\"val\":9.4e8},"
            + "{\"start\":\"1.000021\",\"duration\":0.99,\"val\":null,\"extra\":1}]";

    @Test
    void keepsAValidListAsPosted() {
        assertEquals(new Document(json(GOOD)), coerce(DataType.SUBINTERVAL, GOOD));
    }

    @Test
    void refusesAnEmptyList() {
        assertTrue(rejection(DataType.SUBINTERVAL, "[]").startsWith("Empty subinterval provided"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"start\":0,\"duration\":1,\"val\":2}", "\"start\"", "3", "null"})
    void refusesAValueThatIsNotAList(String json) {
        assertTrue(rejection(DataType.SUBINTERVAL, json).startsWith("Invalid subintervals provided"), json);
    }

    @Test
    void refusesAnElementThatIsNotAnObjectByPosition() {
        assertEquals("Interval at position 2 must be an object with 'start', 'duration' and 'val', got number 5",
                rejection(DataType.SUBINTERVAL, "[{\"start\":0,\"duration\":1,\"val\":2},5]"));
    }

    @Test
    void refusesAMissingFieldByPosition() {
        assertEquals("Interval must contain 'start' field at position 1",
                rejection(DataType.SUBINTERVAL, "[{\"duration\":1,\"val\":2}]"));
        assertEquals("Interval must contain 'duration' field at position 2",
                rejection(DataType.SUBINTERVAL, "[{\"start\":0,\"duration\":1,\"val\":2},{\"start\":1,\"val\":2}]"));
        assertEquals("Interval must contain 'val' field at position 1",
                rejection(DataType.SUBINTERVAL, "[{\"start\":0,\"duration\":1}]"));
    }

    @Test
    void refusesAStartOrDurationThatIsNotAFloat() {
        assertEquals("Subinterval 'start' must be a floating point number at position 1, got string \"soon\"",
                rejection(DataType.SUBINTERVAL, "[{\"start\":\"soon\",\"duration\":1,\"val\":2}]"));
        assertTrue(rejection(DataType.SUBINTERVAL, "[{\"start\":0,\"duration\":null,\"val\":2}]")
                .startsWith("Subinterval 'duration' must be a floating point number at position 1"));
    }
}
