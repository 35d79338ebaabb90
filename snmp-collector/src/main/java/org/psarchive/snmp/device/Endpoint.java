package org.psarchive.snmp.device;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.psarchive.snmp.collect.ArchiveMapping;
import org.psarchive.snmp.poll.Counter;

/** An interface's data sets in esmond's device API, each the archive series of one counter's rates. */
public enum Endpoint {
    IN("in", Counter.IN_OCTETS, "FastPollHC"),
    OUT("out", Counter.OUT_OCTETS, "FastPollHC"),
    ERROR_IN("error/in", Counter.IN_ERRORS, "Errors"),
    ERROR_OUT("error/out", Counter.OUT_ERRORS, "Errors"),
    DISCARD_IN("discard/in", Counter.IN_DISCARDS, "Errors"),
    DISCARD_OUT("discard/out", Counter.OUT_DISCARDS, "Errors");

    /** esmond's oidset names of what the collector polls (its FastPollHC, Errors and IfRefPoll). */
    public static final List<String> OIDSETS = List.of("FastPollHC", "Errors", "IfRefPoll");
    /** Errors and discards are read every 300 s, or every poll when the interval is longer (PollSettings). */
    static final long ERRORS_INTERVAL = 300;

    private final String path;
    private final Counter counter;
    private final String oidset;

    Endpoint(String path, Counter counter, String oidset) {
        this.path = path;
        this.counter = counter;
        this.oidset = oidset;
    }

    public String path() {
        return path;
    }

    public String oidset() {
        return oidset;
    }

    /** The archive event type of its rates. */
    public String eventType() {
        return ArchiveMapping.eventType(counter);
    }

    /** Seconds between its base points for a target polled every {@code pollInterval} seconds. */
    public long baseInterval(long pollInterval) {
        return counter == Counter.IN_OCTETS || counter == Counter.OUT_OCTETS ? pollInterval
                : Math.max(pollInterval, ERRORS_INTERVAL);
    }

    public static Optional<Endpoint> fromPath(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return Arrays.stream(values()).filter(e -> e.path.equals(trimmed)).findFirst();
    }
}
