package org.psarchive.snmp.collect;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.psarchive.snmp.schedule.PollStatistics;

/**
 * The collector's counters and gauges in MicroProfile Metrics' application registry, which the runtime
 * serves at {@code /metrics} in Prometheus text (docs/snmp.md "Metrics", docs/adr/0007). Per target
 * (label {@code target}): polls started, failed, late and missed (taken from the scheduler's
 * {@link PollStatistics} as increases), points stored, counter values read, and the last poll's
 * duration and interfaces as gauges; for the node: leases held and targets polled. A target no longer
 * polled here loses its series. The only class that knows MicroProfile Metrics.
 */
final class CollectorMetrics {

    static final String POLLS = "psarchive.snmp.polls";
    static final String FAILED = "psarchive.snmp.polls.failed";
    static final String LATE = "psarchive.snmp.polls.late";
    static final String MISSED = "psarchive.snmp.polls.missed";
    static final String POINTS = "psarchive.snmp.points.stored";
    static final String COUNTERS = "psarchive.snmp.counters.read";
    static final String DURATION = "psarchive.snmp.poll.duration.seconds";
    static final String INTERFACES = "psarchive.snmp.interfaces";

    private final MetricRegistry registry;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    CollectorMetrics(MetricRegistry registry, Supplier<Integer> leasesHeld, Supplier<Integer> targetsPolled) {
        this.registry = registry;
        registry.gauge(Metadata.builder().withName("psarchive.snmp.leases.held")
                .withDescription("SNMP target leases this node holds").build(), leasesHeld);
        registry.gauge(Metadata.builder().withName("psarchive.snmp.targets.polled")
                .withDescription("SNMP targets this node polls").build(), targetsPolled);
    }

    /** A poll ended: its duration, interfaces kept, points stored and counter values read (0 when it failed). */
    void polled(String target, Duration took, int interfaces, int points, int counters) {
        Seen last = seen(target);
        last.seconds = took.toNanos() / 1e9;
        if (interfaces >= 0) {
            last.interfaces = interfaces;
        }
        counter(POINTS, "Points stored into the archive", target).inc(points);
        counter(COUNTERS, "Interface counter values read (kept interfaces only)", target).inc(counters);
    }

    /** Brings the poll counters up to the scheduler's counts for the target. */
    void sync(String target, PollStatistics now) {
        Seen last = seen(target);
        PollStatistics increase;
        synchronized (last) {
            increase = increase(last.statistics, now);
            last.statistics = now;
        }
        counter(POLLS, "Polls started", target).inc(increase.started());
        counter(FAILED, "Polls failed (timeouts, wrong credentials, store failures)", target).inc(increase.failed());
        counter(LATE, "Polls started more than 2 s after their slot", target).inc(increase.late());
        counter(MISSED, "Poll slots without a poll", target).inc(increase.missed());
    }

    /** The target is no longer polled here: its series go. */
    void forget(String target) {
        if (seen.remove(target) != null) {
            Tag tag = new Tag("target", target);
            for (String name : new String[] {POLLS, FAILED, LATE, MISSED, POINTS, COUNTERS, DURATION, INTERFACES}) {
                registry.remove(new MetricID(name, tag));
            }
        }
    }

    /**
     * What the counts grew by since {@code before}; a count below its last value means the scheduler
     * started the target afresh (a changed target), so all of it is new.
     */
    static PollStatistics increase(PollStatistics before, PollStatistics after) {
        return new PollStatistics(grew(before.started(), after.started()), grew(before.succeeded(), after.succeeded()),
                grew(before.failed(), after.failed()), grew(before.late(), after.late()), grew(before.missed(), after.missed()));
    }

    private static long grew(long before, long after) {
        return after >= before ? after - before : after;
    }

    private Seen seen(String target) {
        return seen.computeIfAbsent(target, name -> {
            Seen fresh = new Seen();
            Tag tag = new Tag("target", name);
            registry.gauge(Metadata.builder().withName(DURATION).withDescription("Duration of the last poll, from its"
                    + " start to its points committed").build(), () -> fresh.seconds, tag);
            registry.gauge(Metadata.builder().withName(INTERFACES).withDescription("Interfaces kept at the last"
                    + " successful poll").build(), () -> fresh.interfaces, tag);
            return fresh;
        });
    }

    private org.eclipse.microprofile.metrics.Counter counter(String name, String description, String target) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build(), new Tag("target", target));
    }

    /** The last values seen of one target. */
    private static final class Seen {
        volatile double seconds;
        volatile int interfaces;
        PollStatistics statistics = PollStatistics.NONE;
    }
}
