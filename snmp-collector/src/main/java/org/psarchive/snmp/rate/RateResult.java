package org.psarchive.snmp.rate;

import java.time.Duration;

/** What one interval between two readings yields: a rate, or a typed reason for none. */
public sealed interface RateResult {

    /**
     * A rate over the interval.
     *
     * @param delta how much the counter advanced, unsigned (a wrap added back)
     * @param interval the time between the two responses
     * @param perSecond delta per second: octets per second for octet counters, never negative
     * @param wrapped true when the counter passed its maximum during the interval
     */
    record Rate(long delta, Duration interval, double perSecond, boolean wrapped) implements RateResult {
    }

    record NoRate(NoRateReason reason) implements RateResult {
    }
}
