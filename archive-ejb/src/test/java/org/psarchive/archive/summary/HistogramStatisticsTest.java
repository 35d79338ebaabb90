package org.psarchive.archive.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HistogramStatisticsTest {

    @Test
    void computesASmallHistogramByHand() {
        // Samples 1, 2, 2, 3 (N = 4). NIST rank = p/100 * (N + 1) = p/100 * 5:
        //   p25: 1.25 -> s1 + 0.25 * (s2 - s1) = 1 + 0.25 * 1 = 1.25
        //   p50: 2.5  -> s2 + 0.5  * (s3 - s2) = 2 + 0.5  * 0 = 2
        //   p75: 3.75 -> s3 + 0.75 * (s4 - s3) = 2 + 0.75 * 1 = 2.75
        //   p95: 4.75 -> rank past s4 = N, so clamped to s4 = 3
        // variance = ((1-2)^2 + 0 + 0 + (3-2)^2) / 4 = 0.5 (population)
        HistogramStatistics statistics = statisticsOf(Map.of("1", 1L, "2", 2L, "3", 1L));

        assertEquals(new HistogramStatistics(2.0, 2.0, List.of(2.0), 1.0, 3.0, 1.25, 2.75, 3.0, 0.5, Math.sqrt(0.5)),
                statistics);
    }

    @Test
    void interpolatesBetweenNeighbouringBuckets() {
        // Samples 10 x3, 20 x5, 30 x2 (N = 10); rank = p/100 * 11:
        //   p25: 2.75  -> s2 = 10, s3 = 10 -> 10
        //   p50: 5.5   -> s5 = 20, s6 = 20 -> 20
        //   p75: 8.25  -> s8 = 20, s9 = 30 -> 20 + 0.25 * 10 = 22.5
        //   p95: 10.45 -> past s10, clamped to 30
        // mean = (30 + 100 + 60) / 10 = 19; variance = (3*81 + 5*1 + 2*121) / 10 = 49
        HistogramStatistics statistics = statisticsOf(Map.of("10", 3L, "20", 5L, "30", 2L));

        assertEquals(new HistogramStatistics(19.0, 20.0, List.of(20.0), 10.0, 30.0, 10.0, 22.5, 30.0, 49.0, 7.0),
                statistics);
    }

    @Test
    void medianOfAnEvenNumberOfSamplesIsHalfwayBetweenTheMiddleTwo() {
        // Samples 1, 2 (N = 2): rank 1.5 -> 1 + 0.5 * (2 - 1)
        assertEquals(1.5, statisticsOf(Map.of("1", 1L, "2", 1L)).median());
    }

    @Test
    void handlesFractionalAndNegativeBuckets() {
        // Samples -3, -3, 0.5, 2 (N = 4); rank = p/100 * 5:
        //   p25: 1.25 -> s1 = -3, s2 = -3 -> -3
        //   p50: 2.5  -> s2 = -3, s3 = 0.5 -> -3 + 0.5 * 3.5 = -1.25
        //   p75: 3.75 -> s3 = 0.5, s4 = 2 -> 0.5 + 0.75 * 1.5 = 1.625
        //   p95: 4.75 -> clamped to s4 = 2
        // mean = (-6 + 0.5 + 2) / 4 = -0.875
        // variance = (2 * 2.125^2 + 1.375^2 + 2.875^2) / 4 = 19.1875 / 4 = 4.796875
        HistogramStatistics statistics = statisticsOf(Map.of("0.5", 1L, "-3", 2L, "2", 1L));

        assertEquals(new HistogramStatistics(-0.875, -1.25, List.of(-3.0), -3.0, 2.0, -3.0, 1.625, 2.0, 4.796875,
                Math.sqrt(4.796875)), statistics);
    }

    @Test
    void listsEveryTiedModeInAscendingOrder() {
        HistogramStatistics statistics = statisticsOf(Map.of("5", 2L, "-1", 2L, "3", 1L, "0.5", 2L));

        assertEquals(List.of(-1.0, 0.5, 5.0), statistics.mode());
    }

    @Test
    void aSingleBucketIsEveryStatistic() {
        HistogramStatistics statistics = statisticsOf(Map.of("7", 5L));

        assertEquals(new HistogramStatistics(7.0, 7.0, List.of(7.0), 7.0, 7.0, 7.0, 7.0, 7.0, 0.0, 0.0), statistics);
    }

    @Test
    void aSingleSampleIsEveryStatistic() {
        HistogramStatistics statistics = statisticsOf(Map.of("4.5", 1L));

        assertEquals(new HistogramStatistics(4.5, 4.5, List.of(4.5), 4.5, 4.5, 4.5, 4.5, 4.5, 0.0, 0.0), statistics);
    }

    @Test
    void aBucketThatIsNotANumberMeansNoStatistics() {
        for (String text : List.of("abc", "", "inf", "nan", "1f", "2d", "0x10", "1_000", "1e400")) {
            assertTrue(HistogramStatistics.of(Histogram.of(Map.of("1", 2L, text, 1L))).isEmpty(), text);
        }
    }

    @Test
    void acceptsEveryDecimalSpellingPythonFloatAccepts() {
        HistogramStatistics statistics = statisticsOf(Map.of(" 1e1 ", 1L, "+2", 1L, ".5", 1L, "3.", 1L, "-1E-1", 1L));

        assertEquals(-0.1, statistics.minimum());
        assertEquals(10.0, statistics.maximum());
    }

    @Test
    void anEmptyHistogramHasNoStatistics() {
        assertTrue(HistogramStatistics.of(Histogram.EMPTY).isEmpty());
    }

    @Test
    void hugeCountsAreCheapAndExact() {
        long trillion = 1_000_000_000_000L;
        Histogram histogram = Histogram.of(Map.of("1", trillion, "2", trillion, "1000", 1L));

        HistogramStatistics statistics = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> HistogramStatistics.of(histogram).orElseThrow());

        // N = 2e12 + 1. Median rank 0.5 * (N + 1) = 1e12 + 1: the first 2. p25 rank 5e11 + 0.5: both neighbours 1.
        // Values from esmond's own code (Python 2) for the same histogram.
        assertEquals(new HistogramStatistics(1.50000000049925, 2.0, List.of(1.0, 2.0), 1.0, 1000.0, 1.0, 2.0, 2.0,
                0.250000498501, 0.5000004985007515), statistics);
    }

    @Test
    void interpolatesExactlyAcrossBucketsOfATrillionSamples() {
        long trillion = 1_000_000_000_000L;
        // N = 2e12; median rank 1e12 + 0.5 lies between the last 1 and the first 2.
        HistogramStatistics statistics = statisticsOf(Map.of("1", trillion, "2", trillion));

        assertEquals(1.5, statistics.median());
    }

    @Test
    void matchesNumbersEsmondComputed() {
        // Printed by esmond's statistics code (perfsonar/esmond validators.py) under Python 2.
        assertEquals(new HistogramStatistics(0.31666666666666665, 0.15000000000000002, List.of(0.1), 0.1, 0.7, 0.1,
                0.7, 0.7, 0.0747222222222222, 0.2733536577809454),
                statisticsOf(Map.of("0.1", 3L, "0.2", 1L, "0.7", 2L)));
        assertEquals(new HistogramStatistics(13.746153846153845, 12.5, List.of(12.5), 11.9, 20.0, 12.5, 13.1, 20.0,
                7.211715976331361, 2.685463828900207),
                statisticsOf(Map.of("12.5", 7L, "13.1", 3L, "11.9", 1L, "20", 2L)));
        assertEquals(813.4909999999998, statisticsOf(Map.ofEntries(Map.entry("699.00", 5L), Map.entry("25", 2L),
                Map.entry("573.03", 2L), Map.entry("-2.1039071366832376", 1L), Map.entry("372.40", 1L),
                Map.entry("396.68", 1L), Map.entry("875.14", 2L), Map.entry("88", 5L), Map.entry("109", 2L),
                Map.entry("-3.819342217450379", 17L), Map.entry("594.37", 3L), Map.entry("160", 5L)))
                .percentile95());
    }

    @Test
    void writesEsmondsMemberNames() {
        JsonObject json = statisticsOf(Map.of("1", 1L, "2", 2L, "3", 1L)).toJson();

        assertEquals(Set.of("mean", "median", "mode", "minimum", "maximum", "percentile-25", "percentile-75",
                "percentile-95", "variance", "standard-deviation"), json.keySet());
        assertEquals("[2.0]", json.getJsonArray("mode").toString());
        assertEquals(1.25, json.getJsonNumber("percentile-25").doubleValue());
        assertEquals("3.0", json.get("maximum").toString());
        assertEquals(Math.sqrt(0.5), json.getJsonNumber("standard-deviation").doubleValue());
    }

    @Test
    void agreesWithNistPercentilesOfTheExpandedSamples() {
        Random random = new Random(20240611);
        for (int round = 0; round < 3000; round++) {
            Map<String, Long> buckets = randomBuckets(random);
            double[] samples = expand(buckets);
            HistogramStatistics statistics = statisticsOf(buckets);
            String context = buckets.toString();

            assertEquals(nist(samples, 25), statistics.percentile25(), context);
            assertEquals(nist(samples, 50), statistics.median(), context);
            assertEquals(nist(samples, 75), statistics.percentile75(), context);
            assertEquals(nist(samples, 95), statistics.percentile95(), context);
            assertEquals(samples[0], statistics.minimum(), context);
            assertEquals(samples[samples.length - 1], statistics.maximum(), context);
            assertEquals(modes(samples), statistics.mode(), context);
            double mean = Arrays.stream(samples).sum() / samples.length;
            double variance = Arrays.stream(samples).map(s -> (s - mean) * (s - mean)).sum() / samples.length;
            assertEquals(mean, statistics.mean(), 1e-9 * Math.max(1, Math.abs(mean)), context);
            assertEquals(variance, statistics.variance(), 1e-9 * Math.max(1, variance), context);
            assertEquals(Math.sqrt(statistics.variance()), statistics.standardDeviation(), context);
        }
    }

    /** NIST 7.2.5.2 on the sorted sample list itself, written from the handbook, as the reference. */
    private static double nist(double[] sorted, int percent) {
        int n = sorted.length;
        double rank = percent / 100.0 * (n + 1);
        int k = (int) Math.floor(rank);
        double d = rank - k;
        if (k < 1) {
            return sorted[0];
        }
        if (k >= n) {
            return sorted[n - 1];
        }
        return sorted[k - 1] + d * (sorted[k] - sorted[k - 1]);
    }

    private static List<Double> modes(double[] samples) {
        Map<Double, Long> counts = new TreeMap<>();
        for (double sample : samples) {
            counts.merge(sample, 1L, Long::sum);
        }
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Double> modes = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count == top) {
                modes.add(value);
            }
        });
        return modes;
    }

    @Test
    void writesTheTextTheJsonObjectWrites() {
        Random random = new Random(5);
        List<Map<String, Long>> cases = new ArrayList<>();
        cases.add(Map.of("0.00001", 3L, "12345678.5", 1L));
        cases.add(Map.of("1e21", 1L, "-0.0004", 2L, "9999999", 2L, "10000000", 2L));
        cases.add(Map.of("0", 1L));
        cases.add(Map.of("0.001", 1L, "0.000999", 1L));
        for (int round = 0; round < 300; round++) {
            cases.add(randomBuckets(random));
        }
        for (Map<String, Long> buckets : cases) {
            HistogramStatistics statistics = statisticsOf(buckets);

            assertEquals(statistics.toJson().toString(), statistics.toJsonText(), buckets::toString);
        }
    }

    /** Up to 8 buckets of distinct values (integers, halves and negatives), 1 to 6 samples each. */
    private static Map<String, Long> randomBuckets(Random random) {
        Map<String, Long> buckets = new HashMap<>();
        int size = 1 + random.nextInt(8);
        while (buckets.size() < size) {
            int tenths = random.nextInt(2001) - 500;
            String key = tenths % 10 == 0 ? Integer.toString(tenths / 10) : Double.toString(tenths / 10.0);
            buckets.put(key, 1L + random.nextInt(6));
        }
        return buckets;
    }

    private static double[] expand(Map<String, Long> buckets) {
        List<Double> samples = new ArrayList<>();
        buckets.forEach((key, count) -> {
            for (long i = 0; i < count; i++) {
                samples.add(Double.parseDouble(key));
            }
        });
        return samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static HistogramStatistics statisticsOf(Map<String, Long> buckets) {
        return HistogramStatistics.of(Histogram.of(buckets)).orElseThrow();
    }
}
