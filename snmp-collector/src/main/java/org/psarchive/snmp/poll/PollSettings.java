package org.psarchive.snmp.poll;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a target is polled: the interval of each {@link OidGroup}, rows per GETBULK, and which interfaces
 * count. {@link #defaults(Duration)} gives esmond's cadences: octets every poll, errors every 300 s,
 * status every 60 s, descriptions every hour (and on change).
 */
public record PollSettings(Map<OidGroup, Duration> intervals, int maxRepetitions, InterfaceFilter filter) {

    public PollSettings {
        intervals = Map.copyOf(new EnumMap<>(intervals));
        Objects.requireNonNull(filter, "filter");
        for (OidGroup group : OidGroup.values()) {
            Duration interval = intervals.get(group);
            if (interval == null || interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("No positive interval for " + group);
            }
        }
        if (maxRepetitions < 1) {
            throw new IllegalArgumentException("maxRepetitions must be at least 1");
        }
    }

    /** @param pollInterval how often the octet counters are read (esmond: 30 s) */
    public static PollSettings defaults(Duration pollInterval) {
        return new PollSettings(Map.of(
                OidGroup.FAST, pollInterval,
                OidGroup.ERRORS, max(pollInterval, Duration.ofSeconds(300)),
                OidGroup.STATUS, max(pollInterval, Duration.ofSeconds(60)),
                OidGroup.DESCRIPTIONS, max(pollInterval, Duration.ofHours(1))), 25, InterfaceFilter.ALL);
    }

    public PollSettings withFilter(InterfaceFilter other) {
        return new PollSettings(intervals, maxRepetitions, other);
    }

    public PollSettings withInterval(OidGroup group, Duration interval) {
        Map<OidGroup, Duration> changed = new EnumMap<>(intervals);
        changed.put(group, interval);
        return new PollSettings(changed, maxRepetitions, filter);
    }

    public Duration interval(OidGroup group) {
        return intervals.get(group);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
