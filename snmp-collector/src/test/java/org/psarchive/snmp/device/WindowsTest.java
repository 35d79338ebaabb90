package org.psarchive.snmp.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void minAndMaxPerWindowCarryTheTimeOfTheirBaseRate() {
        Windows min = new Windows(Consolidation.MIN, 3600, 30);
        Windows max = new Windows(Consolidation.MAX, 3600, 30);
        long[][] rates = {{3600, 5}, {3630, 2}, {3660, 9}, {7200, 4}, {7230, 1}};
        for (long[] rate : rates) {
            min.addRate(rate[0], rate[1]);
            max.addRate(rate[0], rate[1]);
        }
        assertEquals(List.of(new RatePoint(3600, 2.0, 3630L), new RatePoint(7200, 1.0, 7230L)), min.points(0, 10_000));
        assertEquals(List.of(new RatePoint(3600, 9.0, 3660L), new RatePoint(7200, 4.0, 7200L)), max.points(0, 10_000));
        assertTrue(min.fromBaseRates());
    }

    @Test
    void aTieKeepsTheEarliestTimeWhateverTheOrderOfArrival() {
        Windows max = new Windows(Consolidation.MAX, 3600, 30);
        max.addRate(3690, 7);
        max.addRate(3630, 7);
        max.addRate(3660, 7);
        assertEquals(List.of(new RatePoint(3600, 7.0, 3630L)), max.points(0, 10_000));
    }

    @Test
    void averageAndRawComeFromStoredBinsOfEveryRecord() {
        Windows average = new Windows(Consolidation.AVERAGE, 3600, 30);
        Windows raw = new Windows(Consolidation.RAW, 3600, 30);
        for (Windows w : List.of(average, raw)) {
            w.addAverageBin(3600, 100, 10); // one record
            w.addAverageBin(3600, 50, 10); // the same interface at another address
        }
        assertFalse(average.fromBaseRates());
        assertEquals(List.of(new RatePoint(3600, 7.5, null)), average.points(0, 10_000));
        assertEquals(List.of(new RatePoint(3600, 150.0 * 30, null)), raw.points(0, 10_000));
    }

    @Test
    void onlyWindowsStartingWithinTheRangeAnswer() {
        Windows max = new Windows(Consolidation.MAX, 86400, 30);
        max.addRate(86400 - 1, 1);
        max.addRate(86400, 2);
        max.addRate(2 * 86400, 3);
        assertEquals(List.of(new RatePoint(86400, 2.0, 86400L)), max.points(1, 2 * 86400 - 1));
    }

    @Test
    void agreesWithAPlainScanOnRandomRates() {
        Random random = new Random(17);
        Windows min = new Windows(Consolidation.MIN, 3600, 30);
        double[] expected = new double[24];
        java.util.Arrays.fill(expected, Double.MAX_VALUE);
        for (long ts = 0; ts < 24 * 3600; ts += 30) {
            double rate = random.nextInt(1000);
            min.addRate(ts, rate);
            expected[(int) (ts / 3600)] = Math.min(expected[(int) (ts / 3600)], rate);
        }
        List<RatePoint> points = min.points(0, 24 * 3600);
        assertEquals(24, points.size());
        for (int hour = 0; hour < 24; hour++) {
            assertEquals(expected[hour], points.get(hour).val(), "hour " + hour);
            assertEquals(hour * 3600L, points.get(hour).ts());
        }
    }
}
