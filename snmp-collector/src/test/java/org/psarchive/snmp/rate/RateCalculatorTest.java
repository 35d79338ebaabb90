package org.psarchive.snmp.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RateCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final long TEN_GIGABIT = 10_000_000_000L;
    private static final long TICKS_AT_T0 = 1_000_000; // sysUpTime about 2.8 hours

    private final RateCalculator calculator = new RateCalculator(Duration.ofSeconds(30));

    /** A reading {@code seconds} after T0, with sysUpTime advanced to match. */
    private static CounterReading reading(long value, CounterWidth width, double seconds, long speed) {
        long millis = Math.round(seconds * 1000);
        return new CounterReading(value, width, T0.plusMillis(millis), TICKS_AT_T0 + millis / 10, 0, "xe-0/0/0",
                speed);
    }

    private static CounterReading hc(long value, double seconds) {
        return reading(value, CounterWidth.BITS_64, seconds, TEN_GIGABIT);
    }

    private static CounterReading c32(long value, double seconds, long speed) {
        return reading(value, CounterWidth.BITS_32, seconds, speed);
    }

    private RateResult.Rate rate(CounterReading previous, CounterReading current) {
        return assertInstanceOf(RateResult.Rate.class, calculator.rate(previous, current));
    }

    private NoRateReason noRate(CounterReading previous, CounterReading current) {
        return assertInstanceOf(RateResult.NoRate.class, calculator.rate(previous, current)).reason();
    }

    @Test
    void theFirstSampleHasNoRate() {
        assertEquals(NoRateReason.FIRST_SAMPLE, noRate(null, hc(1000, 0)));
    }

    @Test
    void computesOctetsPerSecondOverTheResponseInterval() {
        RateResult.Rate rate = rate(hc(1_000, 0), hc(31_000, 30));

        assertEquals(30_000, rate.delta());
        assertEquals(Duration.ofSeconds(30), rate.interval());
        assertEquals(1_000.0, rate.perSecond());
        assertFalse(rate.wrapped());
    }

    @Test
    void timesTheIntervalByTheResponsesNotTheSchedule() {
        // Polled every 30 s, but the second response came 25 s after the first: the rate is over 25 s.
        assertEquals(1_200.0, rate(hc(0, 0), hc(30_000, 25)).perSecond());
    }

    @Test
    void anUnchangedCounterIsARateOfZero() {
        assertEquals(0.0, rate(hc(5, 0), hc(5, 30)).perSecond());
    }

    @Test
    void computesRateAcross32BitWrap() {
        // 100 octets before the wrap, 900 after it: 1000 octets in 10 s on a 1 Gb/s link.
        RateResult.Rate rate = rate(c32(0xFFFF_FFFFL - 99, 0, 1_000_000_000L), c32(900, 10, 1_000_000_000L));

        assertEquals(1_000, rate.delta());
        assertEquals(100.0, rate.perSecond());
        assertTrue(rate.wrapped());
    }

    @Test
    void computesRateAcross64BitWrap() {
        long nearTheTop = -1_000L; // 2^64 - 1000 as unsigned
        RateResult.Rate rate = rate(hc(nearTheTop, 0), hc(4_000, 10));

        assertEquals(5_000, rate.delta());
        assertEquals(500.0, rate.perSecond());
        assertTrue(rate.wrapped());
    }

    @Test
    void readsCounter64ValuesAboveTwoToThe63AsUnsigned() {
        long above = Long.MIN_VALUE + 10; // 2^63 + 10
        RateResult.Rate rate = rate(hc(above, 0), hc(above + 3_000, 30));

        assertEquals(100.0, rate.perSecond());
        assertFalse(rate.wrapped());
    }

    @Test
    void treatsDecreaseFasterThanTheLinkAsAReset() {
        // From 3,000,000,000 down to 5,000 in 10 s: a wrap would be 1.29 GB in 10 s = 1.03 Gb/s on a 100 Mb/s link.
        assertEquals(NoRateReason.IMPLAUSIBLE_WRAP,
                noRate(c32(3_000_000_000L, 0, 100_000_000L), c32(5_000, 10, 100_000_000L)));
    }

    @Test
    void aWrapAtExactlyTheLinkSpeedIsStillAWrap() {
        // 125,000,000 octets/s is 1 Gb/s: at the speed, not above it.
        long before = 0xFFFF_FFFFL + 1 - 125_000_000L;
        RateResult.Rate rate = rate(c32(before, 0, 1_000_000_000L), c32(0, 1, 1_000_000_000L));

        assertEquals(125_000_000.0, rate.perSecond());
    }

    @Test
    void aDecreaseOfA64BitCounterIsAResetEvenOnAFastLink() {
        // Back from 10^12 to 10^6: a 64-bit wrap would mean 2^64 octets in 30 s.
        assertEquals(NoRateReason.IMPLAUSIBLE_WRAP, noRate(hc(1_000_000_000_000L, 0), hc(1_000_000, 30)));
    }

    @Test
    void aDecreaseOf32BitCounterAtUnknownSpeedHasNoRate() {
        assertEquals(NoRateReason.DECREASE_AT_UNKNOWN_SPEED, noRate(c32(4_000_000_000L, 0, 0), c32(10, 30, 0)));
    }

    @Test
    void aDecreaseOf64BitCounterAtUnknownSpeedIsAReset() {
        assertEquals(NoRateReason.IMPLAUSIBLE_WRAP,
                noRate(reading(5_000, CounterWidth.BITS_64, 0, 0), reading(10, CounterWidth.BITS_64, 30, 0)));
    }

    @Test
    void anIncreaseAtUnknownSpeedIsARate() {
        assertEquals(100.0, rate(c32(0, 0, 0), c32(3_000, 30, 0)).perSecond());
    }

    @Test
    void sysUpTimeGoingBackIsARestartEvenIfTheCounterGrew() {
        CounterReading before = hc(1_000, 0);
        CounterReading afterRestart = new CounterReading(50_000, CounterWidth.BITS_64, T0.plusSeconds(30), 500, 0,
                "xe-0/0/0", TEN_GIGABIT);

        assertEquals(NoRateReason.AGENT_RESTARTED, noRate(before, afterRestart));
    }

    @Test
    void aResetWithSysUpTimeGoingBackNeverMakesASpike() {
        CounterReading before = hc(9_000_000_000L, 0);
        CounterReading afterRestart = new CounterReading(10, CounterWidth.BITS_64, T0.plusSeconds(30), 2_000, 0,
                "xe-0/0/0", TEN_GIGABIT);

        assertEquals(NoRateReason.AGENT_RESTARTED, noRate(before, afterRestart));
    }

    @Test
    void sysUpTimeWrappingAfter497DaysIsNotARestart() {
        long nearWrap = (1L << 32) - 1_000; // 10 s before sysUpTime wraps
        CounterReading before = new CounterReading(0, CounterWidth.BITS_64, T0, nearWrap, 0, "xe-0/0/0",
                TEN_GIGABIT);
        CounterReading after = new CounterReading(30_000, CounterWidth.BITS_64, T0.plusSeconds(30), 2_000, 0,
                "xe-0/0/0", TEN_GIGABIT);

        assertEquals(1_000.0, rate(before, after).perSecond());
    }

    @Test
    void aChangedDiscontinuityTimeHasNoRate() {
        CounterReading before = hc(1_000, 0);
        CounterReading after = new CounterReading(2_000, CounterWidth.BITS_64, T0.plusSeconds(30),
                TICKS_AT_T0 + 3_000, TICKS_AT_T0 + 2_500, "xe-0/0/0", TEN_GIGABIT);

        assertEquals(NoRateReason.COUNTER_DISCONTINUITY, noRate(before, after));
    }

    @Test
    void anIfIndexNamingAnotherInterfaceHasNoRate() {
        CounterReading before = hc(1_000, 0);
        CounterReading after = new CounterReading(2_000, CounterWidth.BITS_64, T0.plusSeconds(30),
                TICKS_AT_T0 + 3_000, 0, "xe-0/0/1", TEN_GIGABIT);

        assertEquals(NoRateReason.INTERFACE_REPLACED, noRate(before, after));
    }

    @Test
    void aSwitchBetween32And64BitCountersHasNoRate() {
        assertEquals(NoRateReason.WIDTH_CHANGED, noRate(c32(1_000, 0, TEN_GIGABIT), hc(2_000, 30)));
    }

    @Test
    void missedPollsAreAGapNotAnInterpolation() {
        // Three intervals of 30 s are the limit; 91 s is past it.
        assertEquals(NoRateReason.GAP, noRate(hc(0, 0), hc(91_000, 91)));
        assertEquals(1_000.0, rate(hc(0, 0), hc(90_000, 90)).perSecond());
    }

    @Test
    void aReadingNoLaterThanThePreviousHasNoRate() {
        assertEquals(NoRateReason.NO_TIME_ELAPSED, noRate(hc(0, 30), hc(10, 30)));
        assertEquals(NoRateReason.NO_TIME_ELAPSED, noRate(hc(0, 30), hc(10, 29)));
    }

    @Test
    void neverYieldsANegativeRate() {
        long[] values = {0, 1, 1_000, 0x7FFF_FFFFL, 0xFFFF_FFFFL};
        for (long a : values) {
            for (long b : values) {
                if (calculator.rate(c32(a, 0, 1_000_000_000L), c32(b, 10, 1_000_000_000L))
                        instanceof RateResult.Rate rate) {
                    assertTrue(rate.perSecond() >= 0, a + " -> " + b + ": " + rate);
                }
            }
        }
    }

    @Test
    void refusesA32BitReadingOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> c32(1L << 32, 0, 0));
    }
}
