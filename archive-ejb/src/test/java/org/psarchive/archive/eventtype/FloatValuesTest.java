package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.archive.eventtype.PointValue.Numeric;

/** Float values follow Python {@code float()}, but keep full precision and must be finite. */
class FloatValuesTest {

    private static double floating(String json) {
        return ((Numeric) coerce(DataType.FLOAT, json)).value();
    }

    @Test
    void keepsFullDoublePrecisionUnlikeEsmondsFourDecimals() {
        assertEquals(0.123456789, floating("0.123456789"));
        assertEquals(-1.0E-9, floating("-1e-9"));
        assertEquals(0.30000000000000004, floating("\"0.30000000000000004\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42            | 42.0",
        "-0.5          | -0.5",
        "\"1.5\"       | 1.5",
        "\" 2.25 \"    | 2.25",
        "\"1e3\"       | 1000.0",
        "\".5\"        | 0.5",
        "\"5.\"        | 5.0",
        "\"+.5e-3\"    | 0.0005",
        "\"\\u0665.5\" | 5.5",
        "true          | 1.0",
        "false         | 0.0"
    })
    void acceptsWhatPythonFloatAccepts(String json, double expected) {
        assertEquals(expected, floating(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"\"", "\"1d\"", "\"1.5f\"", "\"0x1p3\"", "\"1e\"", "\"1_0\"", "\"- 5\"",
        "null", "[1.5]", "{}"})
    void refusesWhatIsNotAFloat(String json) {
        assertTrue(rejection(DataType.FLOAT, json).startsWith("Value must be a floating point number, got "), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"nan\"", "\"NaN\"", "\"inf\"", "\"-Infinity\"", "\"1e500\"", "1e400"})
    void refusesNanAndInfinityThatJsonCannotCarryBack(String json) {
        assertTrue(rejection(DataType.FLOAT, json).startsWith("Value must be a finite floating point number"), json);
    }

    @Test
    void explainsWhatWasGot() {
        assertEquals("Value must be a floating point number, got string \"abc\"", rejection(DataType.FLOAT, "\"abc\""));
    }
}
