package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.psarchive.archive.eventtype.Jsons.coerce;
import static org.psarchive.archive.eventtype.Jsons.json;

import jakarta.json.JsonNumber;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psarchive.archive.eventtype.PointValue.HistogramValue;
import org.psarchive.archive.eventtype.PointValue.Numeric;
import org.psarchive.archive.eventtype.PointValue.Ratio;

/** The read-back forms of base values, as esmond returns them. */
class PointValueTest {

    @Test
    void readsAnIntegerBackAsAFloat() {
        assertEquals("7016320000.0", coerce(DataType.INTEGER, "7016320000").toJson().toString());
        assertEquals("0.0", coerce(DataType.INTEGER, "\"0\"").toJson().toString());
        assertEquals("-3.0", coerce(DataType.INTEGER, "-3").toJson().toString());
    }

    @Test
    void writesTheSameTextWithoutBuildingAJsonValue() {
        double[] values = {0.0, -0.0, 1.0, -3.0, 7016320000.0, 9_999_999_999_999_998.0, 1e16, 1.5e300, 123.25, 1e-7,
            -2.5e-10, 0.1 + 0.2, Math.nextUp(1.0), 9_007_199_254_740_993.0, Long.MAX_VALUE};
        for (double value : values) {
            assertEquals(new Numeric(value).toJson().toString(), Numeric.jsonText(value), () -> "text of " + value);
        }
    }

    @Test
    void readsAFloatBackWithFullPrecision() {
        assertEquals(0.123456789, ((JsonNumber) coerce(DataType.FLOAT, "0.123456789").toJson())
                .doubleValue());
        assertEquals("0.123456789", coerce(DataType.FLOAT, "0.123456789").toJson().toString());
        assertEquals("42.0", coerce(DataType.FLOAT, "42").toJson().toString());
    }

    @Test
    void readsAPercentageBackAsTheRatio() {
        assertEquals("0.005", new Ratio(3, 600).toJson().toString());
        assertEquals("0.0", new Ratio(0, 600).toJson().toString());
        assertEquals("1.0", new Ratio(5, 5).toJson().toString());
        assertEquals(0.005, new Ratio(3, 600).value());
    }

    @Test
    void readsAHistogramBackAsTheCoercedCounts() {
        assertEquals(json("{\"9\":597,\"10.5\":3}"),
                coerce(DataType.HISTOGRAM, "{\"9\":\"597\",\"10.5\":3.7}").toJson());
    }

    @Test
    void histogramBucketsCannotBeChangedAfterwards() {
        Map<String, Long> buckets = new LinkedHashMap<>(Map.of("1", 2L));
        HistogramValue value = new HistogramValue(buckets);
        buckets.put("2", 3L);
        assertEquals(Map.of("1", 2L), value.buckets());
        assertThrows(UnsupportedOperationException.class, () -> value.buckets().put("3", 1L));
    }

    @Test
    void refusesImpossibleValuesInTheRecordsThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new Numeric(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Numeric(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Ratio(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Ratio(-1, 5));
        Map<String, Long> negative = new HashMap<>();
        negative.put("1", -1L);
        assertThrows(IllegalArgumentException.class, () -> new HistogramValue(negative));
    }
}
