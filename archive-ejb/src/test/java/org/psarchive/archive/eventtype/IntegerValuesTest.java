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

/** Integer values follow Python 2 {@code long()}, as esmond's IntegerValidator. */
class IntegerValuesTest {

    private static double integer(String json) {
        return ((Numeric) coerce(DataType.INTEGER, json)).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7016320000       | 7016320000",
        "-5               | -5",
        "0                | 0",
        "1.9              | 1",
        "-1.9             | -1",
        "1e3              | 1000",
        "2.5E2            | 250",
        "\"112\"          | 112",
        "\" 112 \"        | 112",
        "\"\\t112\\n\"    | 112",
        "\"\\u00a0112\\u0085\" | 112",
        "\"+5\"           | 5",
        "\"-5\"           | -5",
        "\"- 5\"          | -5",
        "\"0007\"         | 7",
        "\"\\u0661\\u0662\" | 12",
        "true             | 1",
        "false            | 0",
        "9007199254740992 | 9007199254740992"
    })
    void acceptsWhatPythonLongAccepts(String json, double expected) {
        assertEquals(expected, integer(json));
    }

    @Test
    void truncatesTheDoubleAFractionalLiteralBecomesAsPythonDoes() {
        // Python reads 1.99999999999999999999 as the float 2.0, so long() gives 2, not 1.
        assertEquals(2.0, integer("1.99999999999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.5\"", "\"1e3\"", "\"abc\"", "\"\"", "\" \"", "\"1_000\"", "\"0x10\"", "\"10L\"",
        "\"--5\"", "\"5 5\"", "null", "[1]", "{\"val\":1}"})
    void refusesWhatIsNotAnInteger(String json) {
        assertTrue(rejection(DataType.INTEGER, json).startsWith("Value must be an integer"), json);
    }

    @Test
    void explainsWhatWasExpectedAndWhatWasGot() {
        assertEquals("Value must be an integer (a number or a string of digits), got string \"1.5\"",
                rejection(DataType.INTEGER, "\"1.5\""));
        assertEquals("Value must be an integer (a number or a string of digits), got null",
                rejection(DataType.INTEGER, "null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "\"99999999999999999999\"", "1e30",
        "1e400", "1e999999999"})
    void refusesIntegersBeyondSixtyFourBits(String json) {
        assertTrue(rejection(DataType.INTEGER, json).startsWith("Value must be an integer"), json);
    }

    @Test
    void acceptsTheSixtyFourBitLimits() {
        assertEquals((double) Long.MAX_VALUE, integer("9223372036854775807"));
        assertEquals((double) Long.MIN_VALUE, integer("\"-9223372036854775808\""));
    }
}
