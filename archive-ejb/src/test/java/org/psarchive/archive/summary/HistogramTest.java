package org.psarchive.archive.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void keepsNumericBucketsInNumericOrderAndTextBucketsLast() {
        Histogram histogram = Histogram.of(Map.of("10", 1L, "9", 1L, "2.5", 1L, "-3", 1L, "abc", 1L, " 1e1 ", 1L));

        assertEquals(List.of("-3", "2.5", "9", " 1e1 ", "10", "abc"), List.copyOf(histogram.buckets().keySet()));
    }

    @Test
    void keepsKeysAsPostedSoThreeAndThreePointZeroAreTwoBuckets() {
        Histogram histogram = Histogram.of(Map.of("3", 1L, "3.0", 2L));

        assertEquals(Map.of("3", 1L, "3.0", 2L), histogram.buckets());
    }

    @Test
    void dropsEmptyBucketsSoHistogramsOfTheSameSamplesAreEqual() {
        Histogram withEmptyBucket = Histogram.of(Map.of("1", 2L, "2", 0L));
        Histogram without = Histogram.of(Map.of("1", 2L));

        assertEquals(without, withEmptyBucket);
        assertEquals(without.hashCode(), withEmptyBucket.hashCode());
        assertTrue(Histogram.of(Map.of("1", 0L)).isEmpty());
    }

    @Test
    void refusesNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(Map.of("1", -1L)));
    }

    @Test
    void equalityIsByContent() {
        assertEquals(Histogram.of(Map.of("1", 1L, "2", 3L)), Histogram.of(Map.of("2", 3L, "1", 1L)));
        assertNotEquals(Histogram.of(Map.of("1", 1L)), Histogram.of(Map.of("1", 2L)));
        assertNotEquals(Histogram.of(Map.of("1", 1L)), Histogram.of(Map.of("1.0", 1L)));
    }

    @Test
    void doesNotChangeWhenTheMapItWasMadeFromChanges() {
        Map<String, Long> source = new HashMap<>(Map.of("1", 1L));
        Histogram histogram = Histogram.of(source);
        source.put("2", 5L);

        assertEquals(Map.of("1", 1L), histogram.buckets());
        assertThrows(UnsupportedOperationException.class, () -> histogram.buckets().put("3", 1L));
    }

    @Test
    void plusAddsBucketWise() {
        Histogram sum = Histogram.of(Map.of("1", 1L, "2", 2L)).plus(Histogram.of(Map.of("2", 3L, "7", 1L)));

        assertEquals(Histogram.of(Map.of("1", 1L, "2", 5L, "7", 1L)), sum);
    }

    @Test
    void plusRefusesToOverflowACount() {
        Histogram full = Histogram.of(Map.of("1", Long.MAX_VALUE));

        assertThrows(ArithmeticException.class, () -> full.plus(Histogram.of(Map.of("1", 1L))));
    }

    @Test
    void minusDropsBucketsThatReachZero() {
        Histogram rest = Histogram.of(Map.of("1", 1L, "2", 5L)).minus(Histogram.of(Map.of("1", 1L, "2", 2L)));

        assertEquals(Map.of("2", 3L), rest.buckets());
        assertTrue(rest.minus(rest).isEmpty());
        assertEquals(Histogram.EMPTY, rest.minus(rest));
    }

    @Test
    void minusRefusesToTakeMoreThanABucketHolds() {
        Histogram histogram = Histogram.of(Map.of("1", 2L));

        assertThrows(IllegalArgumentException.class, () -> histogram.minus(Histogram.of(Map.of("1", 3L))));
        assertThrows(IllegalArgumentException.class, () -> histogram.minus(Histogram.of(Map.of("2", 1L))));
    }

    @Test
    void replacingAPointInAnAggregationCountsItOnce() {
        Histogram old = Histogram.of(Map.of("10", 4L, "11", 1L));
        Histogram replacement = Histogram.of(Map.of("10", 2L, "12", 3L));
        Histogram others = Histogram.of(Map.of("10", 1L, "11", 1L));
        Histogram aggregation = others.plus(old);

        assertEquals(others.plus(replacement), aggregation.minus(old).plus(replacement));
    }

    @Test
    void minusUndoesPlusForRandomHistograms() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            Histogram a = randomHistogram(random);
            Histogram b = randomHistogram(random);

            assertEquals(a, a.plus(b).minus(b), () -> a + " + " + b);
            assertEquals(b, a.plus(b).minus(a), () -> a + " + " + b);
            assertEquals(a.plus(b), b.plus(a));
        }
    }

    @Test
    void writesJsonWithKeysAsPosted() {
        Histogram histogram = Histogram.of(Map.of("12.5", 3L, "3", 1L));

        assertEquals(Json.createObjectBuilder().add("3", 1).add("12.5", 3).build(), histogram.toJson());
        assertEquals("{\"3\":1,\"12.5\":3}", histogram.toJson().toString());
    }

    @Test
    void writesTheTextTheJsonGeneratorWrites() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Histogram histogram = randomHistogramWithAnyKeys(random);
            java.io.StringWriter expected = new java.io.StringWriter();
            try (jakarta.json.stream.JsonGenerator generator = Json.createGenerator(expected)) {
                generator.writeStartObject();
                histogram.buckets().forEach(generator::write);
                generator.writeEnd();
            }

            assertEquals(expected.toString(), histogram.toJsonText());
            assertEquals(histogram, Histogram.parse(histogram.toJsonText()), histogram::toJsonText);
        }
    }

    @Test
    void readsAnySpellingOfTheObjectAsTheJsonParserDoes() {
        Histogram expected = Histogram.of(Map.of("1", 2L, "3.5", 1L, "a\"b", 4L));

        assertEquals(expected, Histogram.parse("{\"1\":2,\"3.5\":1,\"a\\\"b\":4}"));
        assertEquals(expected, Histogram.parse(" { \"3.5\" : 1 , \"1\" : 2, \"a\\u0022b\": 4 } "));
        assertEquals(expected, Histogram.parse("{\"3.5\":1,\"1\":2,\"a\\\"b\":4,\"7\":0}"));
        assertEquals(Histogram.of(Map.of("1", 5L)), Histogram.parse("{\"1\":2,\"1\":5}"), "the last of a repeated key wins");
        assertEquals(Histogram.EMPTY, Histogram.parse("{}"));
        assertEquals(Histogram.of(Map.of("2", 9_000_000_000_000_000_000L)), Histogram.parse("{\"2\":9000000000000000000}"));
    }

    @Test
    void refusesTextThatIsNoStoredHistogram() {
        for (String text : List.of("", "[]", "{\"1\":-2}", "{\"1\":\"2\"}", "{\"1\":2", "{\"1\":2}x", "{\"1\":2,}",
                "{\"1\":99999999999999999999}", "{\"1\":2.5}", "{1:2}")) {
            assertThrows(IllegalArgumentException.class, () -> Histogram.parse(text), text);
        }
    }

    @Test
    void readsShortDecimalKeysAsParseDoubleDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String digits = Long.toString(Math.abs(random.nextLong()) % 10_000_000_000_000_000L);
            int point = random.nextInt(digits.length() + 1);
            String key = "0".repeat(random.nextInt(3)) + digits.substring(0, point) + (random.nextBoolean() ? "." : "")
                    + digits.substring(point) + "0".repeat(random.nextInt(3));
            if (key.startsWith(".") && key.length() == 1) {
                continue;
            }
            assertEquals(Double.parseDouble(key), BucketKey.of(key).value(), key);
        }
        assertEquals(0.1, BucketKey.of(".1").value());
        assertEquals(5.0, BucketKey.of("5.").value());
        assertEquals(1e-22, BucketKey.of("0.0000000000000000000001").value());
        assertEquals(1.2345678901234567e-23, BucketKey.of("0.000000000000000000000012345678901234567").value());
    }

    @Test
    void emptyHistogramIsEmpty() {
        assertTrue(Histogram.EMPTY.isEmpty());
        assertTrue(Histogram.of(Map.of()).isEmpty());
        assertFalse(Histogram.of(Map.of("x", 1L)).isEmpty());
    }

    /** Numeric keys of any length, and text keys with quotes, backslashes, control and non-ASCII characters. */
    private static Histogram randomHistogramWithAnyKeys(Random random) {
        String[] text = {"a", "\"", "\\", "\n", "\t", "\u0001", "\u001f", "é", "\u2028", "/", "x y", "\b", "\f", "\r"};
        Map<String, Long> buckets = new HashMap<>();
        int size = random.nextInt(40);
        for (int i = 0; i < size; i++) {
            String key = switch (random.nextInt(3)) {
                case 0 -> Integer.toString(random.nextInt(1000));
                case 1 -> String.format(java.util.Locale.ROOT, "%." + random.nextInt(8) + "f", random.nextDouble() * 100);
                default -> text[random.nextInt(text.length)] + text[random.nextInt(text.length)];
            };
            buckets.put(key, (long) random.nextInt(1000));
        }
        return Histogram.of(buckets);
    }

    private static Histogram randomHistogram(Random random) {
        Map<String, Long> buckets = new HashMap<>();
        int size = random.nextInt(6);
        for (int i = 0; i < size; i++) {
            buckets.put(Integer.toString(random.nextInt(10)), (long) random.nextInt(4));
        }
        return Histogram.of(buckets);
    }

    @Test
    void storedTextReadsBackAsTheSameHistogram() {
        Histogram histogram = Histogram.of(Map.of("10", 4L, "9.5", 1L, "q\"uote\\d", 2L, "tab\t", 3L));

        String text = histogram.toJsonText();

        assertEquals(histogram.toJson().toString(), text, "the same text as the JSON object's");
        assertEquals(histogram, Histogram.parse(text));
        assertEquals(List.of("9.5", "10", "q\"uote\\d", "tab\t"), List.copyOf(Histogram.parse(text).buckets().keySet()));
        assertEquals("{}", Histogram.EMPTY.toJsonText());
        assertTrue(Histogram.parse("{}").isEmpty());
    }

    @Test
    void refusesStoredTextThatIsNotAHistogram() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> Histogram.parse("{\"1\":\"x\"}"));
        assertThrows(IllegalArgumentException.class, () -> Histogram.parse("{\"1\":-2}"));
    }
}
