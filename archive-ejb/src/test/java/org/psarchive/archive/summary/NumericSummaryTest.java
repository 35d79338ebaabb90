package org.psarchive.archive.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumericSummaryTest {

    @Test
    void windowZeroKeepsEachPointAtItsOwnTime() {
        assertEquals(1_700_000_123L, NumericSummary.bin(1_700_000_123L, 0));
        assertEquals(-7L, NumericSummary.bin(-7L, 0));
    }

    @Test
    void roundsDownToTheStartOfTheWindow() {
        // 1700000123 / 300 = 5666667.07...; 5666667 * 300 = 1700000100
        assertEquals(1_700_000_100L, NumericSummary.bin(1_700_000_123L, 300));
        // 1700000123 / 86400 = 19675.92...; 19675 * 86400 = 1699920000
        assertEquals(1_699_920_000L, NumericSummary.bin(1_700_000_123L, 86_400));
        assertEquals(1_700_000_100L, NumericSummary.bin(1_700_000_399L, 300));
    }

    @Test
    void aTimeOnAWindowBoundaryStartsItsOwnWindow() {
        assertEquals(1_700_000_100L, NumericSummary.bin(1_700_000_100L, 300));
        assertEquals(0L, NumericSummary.bin(0L, 86_400));
    }

    @Test
    void roundsTimesBefore1970DownNotTowardZero() {
        assertEquals(-300L, NumericSummary.bin(-1L, 300));
        assertEquals(-300L, NumericSummary.bin(-300L, 300));
        assertEquals(-600L, NumericSummary.bin(-301L, 300));
        assertEquals(-86_400L, NumericSummary.bin(-1L, 86_400));
    }

    @Test
    void refusesANegativeWindow() {
        assertThrows(IllegalArgumentException.class, () -> NumericSummary.bin(100L, -300));
    }
}
