package org.psarchive.archive.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void averageKeepsTheSumAndTheCount() {
        Ratio average = Ratio.NONE.plus(Ratio.ofPoint(2)).plus(Ratio.ofPoint(4)).plus(Ratio.ofPoint(9));

        assertEquals(15.0, average.numerator()); // the aggregation of the same points
        assertEquals(3.0, average.denominator());
        assertEquals(5.0, average.value());
    }

    @Test
    void percentageAggregationPoolsNumeratorsAndDenominators() {
        // 1 of 10 packets lost, then 0 of 1000: the pooled rate is 1/1010, not the mean of 0.1 and 0.0.
        Ratio loss = new Ratio(1, 10).plus(new Ratio(0, 1000));

        assertEquals(1.0 / 1010, loss.value());
    }

    @Test
    void replacingAPointSubtractsTheOldOneFirst() {
        Ratio sum = Ratio.ofPoint(10).plus(Ratio.ofPoint(20));

        Ratio replaced = sum.minus(Ratio.ofPoint(20)).plus(Ratio.ofPoint(50));

        assertEquals(new Ratio(60, 2), replaced);
        assertEquals(30.0, replaced.value());
    }

    @Test
    void minusRefusesToLeaveANegativeDenominator() {
        assertThrows(IllegalArgumentException.class, () -> Ratio.ofPoint(3).minus(new Ratio(1, 2)));
    }

    @Test
    void aRatioWithNothingLeftIsEmptyAndHasNoValue() {
        Ratio nothing = Ratio.ofPoint(3).minus(Ratio.ofPoint(3));

        assertTrue(nothing.isEmpty());
        assertFalse(Ratio.ofPoint(0).isEmpty());
        assertThrows(IllegalStateException.class, nothing::value);
    }

    @Test
    void refusesNonFiniteParts() {
        assertThrows(IllegalArgumentException.class, () -> new Ratio(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new Ratio(1, Double.POSITIVE_INFINITY));
    }
}
