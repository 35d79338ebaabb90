package org.psarchive.snmp.schedule;

import java.time.Duration;
import java.util.Objects;

/** A target to poll by name, and how often. */
public record ScheduledTarget(String name, Duration interval) {

    public ScheduledTarget {
        Objects.requireNonNull(name, "name");
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("Interval below 1 ms: " + interval);
        }
    }
}
