package org.psarchive.archive.hosts;

import java.time.Duration;
import java.time.Instant;
import java.util.SortedSet;

/**
 * What one measurement agent sent, as the archive's records and series show it.
 *
 * @param agent the records' {@code measurement-agent}, or {@code null} for records without one
 * @param firstResult when its first record was created (pScheduler posts a record right before its first result)
 * @param lastResult the newest {@code time-updated} of its records' series; {@code null} if it never wrote a point
 * @param records its records (one per test and direction)
 * @param updatedLastHour its records written to in the hour before "now"
 * @param updatedLastDay its records written to in the day before "now"
 * @param testTypes the {@code pscheduler-test-type} parameters of its records
 * @param tools the {@code tool-name} of its records
 */
public record HostActivity(String agent, Instant firstResult, Instant lastResult, long records, long updatedLastHour,
        long updatedLastDay, SortedSet<String> testTypes, SortedSet<String> tools) {

    public HostActivity {
        testTypes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(testTypes));
        tools = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(tools));
    }

    /** The time since its last result (or since its first record, if it never wrote a point). */
    public Duration silence(Instant now) {
        Instant last = lastResult != null ? lastResult : firstResult;
        return last.isAfter(now) ? Duration.ZERO : Duration.between(last, now);
    }

    /** Silent for at least {@code threshold}. */
    public boolean silentFor(Duration threshold, Instant now) {
        return silence(now).compareTo(threshold) >= 0;
    }
}
