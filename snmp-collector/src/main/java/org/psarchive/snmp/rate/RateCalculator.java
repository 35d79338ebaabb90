package org.psarchive.snmp.rate;

import java.time.Duration;

/**
 * Turns two readings of a counter into a rate, or says why it cannot: a pure function, so every rule is
 * tested without an agent. The rules, in the order they are checked:
 * <ol>
 * <li>no previous reading: {@link NoRateReason#FIRST_SAMPLE};</li>
 * <li>no time between the responses: {@link NoRateReason#NO_TIME_ELAPSED};</li>
 * <li>longer apart than {@code gapFactor} poll intervals: {@link NoRateReason#GAP} (missed polls are a gap);</li>
 * <li>sysUpTime went back, other than by its own 2^32 wrap after 497 days: {@link NoRateReason#AGENT_RESTARTED}
 * (counters do not always reset with it, but they may; either way the interval is suspect);</li>
 * <li>ifCounterDiscontinuityTime changed, ifName changed at this ifIndex, or the width changed;</li>
 * <li>an increase is a rate;</li>
 * <li>a decrease is a wrap (add 2^32 or 2^64) only when the rate it implies is at most the interface
 * speed; otherwise the counter was reset: {@link NoRateReason#IMPLAUSIBLE_WRAP}.</li>
 * </ol>
 * Speed unknown (0): a 64-bit counter never wraps in practice (2^64 octets take 46 years at 100 Gb/s), so its
 * decrease is a reset; a 32-bit one can wrap in seconds, but a wrap and a reset cannot be told apart without
 * a speed, so that interval gets {@link NoRateReason#DECREASE_AT_UNKNOWN_SPEED}: one lost interval per wrap
 * rather than a spike from a reset. So a rate is never negative and a reset never makes a spike.
 */
public final class RateCalculator {

    /** Readings more than three poll intervals apart are a gap, as in esmond's persister. */
    public static final int DEFAULT_GAP_FACTOR = 3;

    private static final long TICKS_WRAP = 1L << 32;
    private static final double TWO_TO_64 = 0x1p64;

    private final Duration gapLimit;

    /** @param pollInterval the interval the counter is polled at; gaps are measured in it */
    public RateCalculator(Duration pollInterval, int gapFactor) {
        if (pollInterval.isNegative() || pollInterval.isZero() || gapFactor < 1) {
            throw new IllegalArgumentException("Need a positive poll interval and gap factor");
        }
        this.gapLimit = pollInterval.multipliedBy(gapFactor);
    }

    public RateCalculator(Duration pollInterval) {
        this(pollInterval, DEFAULT_GAP_FACTOR);
    }

    /** @param previous the last reading of this counter, or {@code null} if there is none */
    public RateResult rate(CounterReading previous, CounterReading current) {
        if (previous == null) {
            return noRate(NoRateReason.FIRST_SAMPLE);
        }
        Duration interval = Duration.between(previous.receivedAt(), current.receivedAt());
        if (interval.isNegative() || interval.isZero()) {
            return noRate(NoRateReason.NO_TIME_ELAPSED);
        }
        if (interval.compareTo(gapLimit) > 0) {
            return noRate(NoRateReason.GAP);
        }
        if (restarted(previous, current, interval)) {
            return noRate(NoRateReason.AGENT_RESTARTED);
        }
        if (previous.discontinuityTime() != current.discontinuityTime()) {
            return noRate(NoRateReason.COUNTER_DISCONTINUITY);
        }
        if (!previous.ifName().equals(current.ifName())) {
            return noRate(NoRateReason.INTERFACE_REPLACED);
        }
        if (previous.width() != current.width()) {
            return noRate(NoRateReason.WIDTH_CHANGED);
        }
        double seconds = interval.toNanos() / 1e9;
        long delta = current.value() - previous.value(); // modulo 2^64: right for both widths once wrapped below
        if (Long.compareUnsigned(current.value(), previous.value()) >= 0) {
            return new RateResult.Rate(delta, interval, unsigned(delta) / seconds, false);
        }
        if (current.speedBitsPerSecond() == 0) {
            return noRate(current.width() == CounterWidth.BITS_64 ? NoRateReason.IMPLAUSIBLE_WRAP
                    : NoRateReason.DECREASE_AT_UNKNOWN_SPEED);
        }
        long wrappedDelta = current.width() == CounterWidth.BITS_32 ? delta + (1L << 32) : delta;
        double perSecond = unsigned(wrappedDelta) / seconds;
        if (perSecond * 8 > current.speedBitsPerSecond()) {
            return noRate(NoRateReason.IMPLAUSIBLE_WRAP);
        }
        return new RateResult.Rate(wrappedDelta, interval, perSecond, true);
    }

    /**
     * sysUpTime (TimeTicks, 32 bits) going back means a restart, unless it wrapped: then the ticks it advanced
     * modulo 2^32 match the wall-clock interval (within a minute, plenty for any clock skew between polls).
     */
    private static boolean restarted(CounterReading previous, CounterReading current, Duration interval) {
        if (current.sysUpTime() >= previous.sysUpTime()) {
            return false;
        }
        long advancedTicks = current.sysUpTime() + TICKS_WRAP - previous.sysUpTime();
        long intervalTicks = interval.toMillis() / 10;
        return Math.abs(advancedTicks - intervalTicks) > 6000;
    }

    private static double unsigned(long value) {
        return value >= 0 ? value : value + TWO_TO_64;
    }

    private static RateResult noRate(NoRateReason reason) {
        return new RateResult.NoRate(reason);
    }
}
