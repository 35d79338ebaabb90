package org.psarchive.snmp.lease;

import java.time.Duration;

/**
 * How long a lease runs and how often it is renewed: renewed at every reload of the targets, it expires
 * after {@code duration} without renewal. The duration must span at least two reloads, so that one slow
 * or failed reload does not hand a healthy node's targets to another node.
 */
public record LeaseTerms(Duration reload, Duration duration) {

    /** Reloads a lease outlives by default: two may fail in a row before another node takes over. */
    public static final int DEFAULT_RELOADS = 3;

    public LeaseTerms {
        if (reload.isNegative() || reload.isZero()) {
            throw new IllegalArgumentException("PSARCHIVE_SNMP_RELOAD must be at least 1 (seconds)");
        }
        if (duration.compareTo(reload.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("PSARCHIVE_SNMP_LEASE (" + duration.toSeconds()
                    + " s) must be at least twice PSARCHIVE_SNMP_RELOAD (" + reload.toSeconds() + " s)");
        }
    }

    /** {@code leaseSeconds} if given, else {@link #DEFAULT_RELOADS} reload periods. */
    public static LeaseTerms of(long reloadSeconds, Long leaseSeconds) {
        Duration reload = Duration.ofSeconds(reloadSeconds);
        return new LeaseTerms(reload, leaseSeconds == null ? reload.multipliedBy(DEFAULT_RELOADS) : Duration.ofSeconds(leaseSeconds));
    }
}
