package org.psarchive.archive.hosts;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The hosts' gauges in MicroProfile Metrics' application registry, served by the runtime at
 * {@code /metrics} (docs/adr/0007): per agent (label {@code agent}) the age in seconds of its last
 * result ({@code psarchive_host_last_result_age_seconds}; for an agent that never wrote a point, the age
 * of its first record), and the number of agents. The age is computed at each scrape from the last
 * results known, so it keeps growing between refreshes; a result written since the last refresh shows at
 * the next one. At most {@code max} agents have a gauge, those with the newest last results (agents
 * silent for longest are the first left out); an agent that disappears (its records deleted) loses its
 * gauge at the next full refresh. The only class of this package that knows MicroProfile Metrics.
 */
final class HostGauges {

    static final String AGE = "psarchive.host.last.result.age.seconds";
    static final String AGENTS = "psarchive.hosts.agents";

    private final MetricRegistry registry;
    private final Clock clock;
    private final int max;
    /** Agent to the epoch second of its last result (or first record), for the agents with a gauge. */
    private final Map<String, Long> last = new ConcurrentHashMap<>();
    /** Every agent known, with a gauge or not. */
    private Map<String, Long> known = Map.of();

    HostGauges(MetricRegistry registry, Clock clock, int max) {
        this.registry = registry;
        this.clock = clock;
        this.max = max;
        registry.gauge(Metadata.builder().withName(AGENTS).withDescription("Measurement agents with records in the"
                + " archive (at the last refresh)").build(), this::agents);
    }

    /** Every agent's activity as just read: replaces what was known. */
    synchronized void publish(List<HostActivity> activity) {
        known = activity.stream().filter(a -> a.agent() != null)
                .collect(Collectors.toMap(HostActivity::agent, HostGauges::lastSecond));
        apply();
    }

    /** The agents that wrote since the last refresh, with their newest result: merged into what is known. */
    synchronized void advance(Map<String, Long> recent) {
        Map<String, Long> merged = new HashMap<>(known);
        recent.forEach((agent, second) -> merged.merge(agent, second, Math::max));
        known = merged;
        apply();
    }

    /** The newest {@code max} agents of {@code known}: gauges for new ones, none for the others. */
    static Map<String, Long> newest(Map<String, Long> known, int max) {
        return known.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void apply() {
        Map<String, Long> wanted = newest(known, max);
        for (String gone : Set.copyOf(last.keySet())) {
            if (!wanted.containsKey(gone)) {
                last.remove(gone);
                registry.remove(new MetricID(AGE, new Tag("agent", gone)));
            }
        }
        wanted.forEach((agent, second) -> {
            if (last.put(agent, second) == null) {
                registry.gauge(Metadata.builder().withName(AGE).withDescription("Seconds since the measurement agent's"
                        + " last result was stored (refreshed every PSARCHIVE_HOSTS_REFRESH)").build(),
                        () -> age(agent), new Tag("agent", agent));
            }
        });
    }

    private synchronized long agents() {
        return known.size();
    }

    private long age(String agent) {
        Long second = last.get(agent);
        return second == null ? 0 : Math.max(0, clock.instant().getEpochSecond() - second);
    }

    private static long lastSecond(HostActivity activity) {
        return (activity.lastResult() != null ? activity.lastResult() : activity.firstResult()).getEpochSecond();
    }
}
