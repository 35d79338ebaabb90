package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.rejection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.archive.eventtype.PointValue.Ratio;

class PercentageValuesTest {

    @Test
    void acceptsCounts() {
        assertEquals(new Ratio(3, 600), coerce(DataType.PERCENTAGE, "{\"numerator\":3,\"denominator\":600}"));
        assertEquals(new Ratio(0, 1), coerce(DataType.PERCENTAGE, "{\"numerator\":0,\"denominator\":1}"));
    }

    @Test
    void coercesFieldsLikePythonLong() {
        assertEquals(new Ratio(3, 600), coerce(DataType.PERCENTAGE, "{\"numerator\":\"3\",\"denominator\":600.9}"));
        // long(-0.5) is 0, so esmond accepts it as a zero numerator
        assertEquals(new Ratio(0, 10), coerce(DataType.PERCENTAGE, "{\"numerator\":-0.5,\"denominator\":10}"));
    }

    @Test
    void ignoresOtherFields() {
        assertEquals(new Ratio(1, 2), coerce(DataType.PERCENTAGE, "{\"numerator\":1,\"denominator\":2,\"x\":[]}"));
    }

    @Test
    void refusesAMissingField() {
        assertEquals("Missing required field 'numerator' in percentage value object {\"denominator\":5}",
                rejection(DataType.PERCENTAGE, "{\"denominator\":5}"));
        assertTrue(rejection(DataType.PERCENTAGE, "{\"numerator\":5}")
                .startsWith("Missing required field 'denominator'"));
    }

    @Test
    void refusesANonIntegerField() {
        assertEquals("The field 'numerator' must be an integer (a number or a string of digits), got string \"x\"",
                rejection(DataType.PERCENTAGE, "{\"numerator\":\"x\",\"denominator\":5}"));
        assertTrue(rejection(DataType.PERCENTAGE, "{\"numerator\":1,\"denominator\":null}")
                .startsWith("The field 'denominator' must be an integer"));
    }

    @Test
    void refusesAZeroOrNegativeDenominator() {
        assertEquals("The field 'denominator' must be greater than 0, got 0",
                rejection(DataType.PERCENTAGE, "{\"numerator\":0,\"denominator\":0}"));
        assertEquals("The field 'denominator' must be greater than 0, got -3",
                rejection(DataType.PERCENTAGE, "{\"numerator\":1,\"denominator\":-3}"));
    }

    @Test
    void refusesANegativeNumerator() {
        assertEquals("The field 'numerator' cannot be negative, got -1",
                rejection(DataType.PERCENTAGE, "{\"numerator\":-1,\"denominator\":3}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "\"numerator denominator\"", "[\"numerator\",\"denominator\"]", "null"})
    void refusesAValueThatIsNotAnObject(String json) {
        assertTrue(rejection(DataType.PERCENTAGE, json)
                .startsWith("Value must be an object with integer fields 'numerator' and 'denominator', got "), json);
    }
}
