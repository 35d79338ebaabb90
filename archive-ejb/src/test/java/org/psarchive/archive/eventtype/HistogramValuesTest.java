package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.rejection;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.psarchive.archive.eventtype.PointValue.HistogramValue;

class HistogramValuesTest {

    private static HistogramValue histogram(String json) {
        return (HistogramValue) coerce(DataType.HISTOGRAM, json);
    }

    @Test
    void acceptsBucketCountsInPostedOrder() {
        HistogramValue value = histogram("{\"10.5\":3,\"9\":597,\"x\":0}");
        assertEquals(Map.of("10.5", 3L, "9", 597L, "x", 0L), value.buckets());
        assertEquals(List.of("10.5", "9", "x"), List.copyOf(value.buckets().keySet()));
    }

    @Test
    void coercesCountsLikePythonLong() {
        assertEquals(Map.of("1", 4L, "2", 7L, "3", 1L), histogram("{\"1\":\"4\",\"2\":7.9,\"3\":true}").buckets());
    }

    @Test
    void acceptsAnEmptyHistogramAsEsmondDoes() {
        assertEquals(Map.of(), histogram("{}").buckets());
    }

    @Test
    void refusesACountThatIsNotAnInteger() {
        assertEquals("Value of histogram bucket '12' must be an integer (a number or a string of digits),"
                + " got string \"many\"", rejection(DataType.HISTOGRAM, "{\"11\":1,\"12\":\"many\"}"));
        assertTrue(rejection(DataType.HISTOGRAM, "{\"12\":null}").startsWith("Value of histogram bucket '12'"));
        assertTrue(rejection(DataType.HISTOGRAM, "{\"12\":[1]}").startsWith("Value of histogram bucket '12'"));
    }

    @Test
    void refusesANegativeCount() {
        assertEquals("Value of histogram bucket '3' cannot be negative, got number -1",
                rejection(DataType.HISTOGRAM, "{\"3\":-1}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"1:2\"", "5", "null"})
    void refusesAValueThatIsNotAnObject(String json) {
        assertTrue(rejection(DataType.HISTOGRAM, json).startsWith("Invalid histogram provided: expected an object"),
                json);
    }
}
