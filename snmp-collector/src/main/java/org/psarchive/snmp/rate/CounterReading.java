package org.psarchive.snmp.rate;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading of one interface counter, with what is needed to tell a wrap from a reset.
 *
 * @param value the counter, unsigned (a Counter64 above 2^63 is a negative long)
 * @param width 32 or 64 bits
 * @param receivedAt when the response carrying it arrived (the interval is timed by this, not the schedule)
 * @param sysUpTime the agent's sysUpTime in hundredths of a second, from the same poll
 * @param discontinuityTime the interface's ifCounterDiscontinuityTime (0 where the agent has none)
 * @param ifName the name of the interface at this ifIndex, so a re-used ifIndex is noticed
 * @param speedBitsPerSecond the interface's speed (ifHighSpeed x 10^6, else ifSpeed), 0 if unknown
 */
public record CounterReading(long value, CounterWidth width, Instant receivedAt, long sysUpTime,
        long discontinuityTime, String ifName, long speedBitsPerSecond) {

    public CounterReading {
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(ifName, "ifName");
        if (width == CounterWidth.BITS_32 && (value < 0 || value > 0xFFFF_FFFFL)) {
            throw new IllegalArgumentException("Not a 32-bit counter value: " + value);
        }
        if (speedBitsPerSecond < 0) {
            throw new IllegalArgumentException("Negative speed: " + speedBitsPerSecond);
        }
    }
}
