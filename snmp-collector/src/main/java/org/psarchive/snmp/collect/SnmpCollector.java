package org.psarchive.snmp.collect;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.snmp.lease.LeaseTerms;
import org.psarchive.snmp.lease.NodeId;
import org.psarchive.snmp.lease.TargetLeases;
import org.psarchive.snmp.client.SnmpException;
import org.psarchive.snmp.history.InterfaceState;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.InterfaceRate;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.poll.PollSettings;
import org.psarchive.snmp.poll.RateTracker;
import org.psarchive.snmp.schedule.PollScheduler;
import org.psarchive.snmp.schedule.ScheduledTarget;
import org.psarchive.snmp.target.PollTarget;
import org.psarchive.snmp.target.SharedSnmpClient;
import org.psarchive.snmp.target.TargetService;

/**
 * The collector in the server: runs the core's {@link PollScheduler} on the container's managed
 * scheduled executor, takes the enabled targets from {@link TargetService} every
 * {@code PSARCHIVE_SNMP_RELOAD} seconds (new, changed and removed targets rescheduled), polls each with
 * an {@link IfMibPoller} over the {@link SharedSnmpClient}, turns results into rates with a
 * {@link RateTracker} per target and stores them through the {@link ArchiveSink}, one transaction per
 * poll. It polls only the targets whose lease it holds ({@link TargetLeases}): claimed and renewed at each
 * reload, given up when it stops, so nodes sharing a database never poll one router twice; a target whose
 * lease another node holds, or a lease this node could not renew in time, is unscheduled at once.
 * {@code PSARCHIVE_SNMP_ENABLED=false} switches it off. A failing target is logged when its state
 * changes (first failure, another failure, recovery), never at every poll, and counted; nothing a target
 * does stops the scheduler.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SnmpCollector {

    /** Per request: esmond's espolld waits 2 s. One retry: a lost datagram costs one timeout, not the poll. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);
    public static final int RETRIES = 1;
    /** Polls running at once, over every target (each poll holds one permit until its points are stored). */
    public static final int MAX_IN_FLIGHT = 256;

    private static final Logger LOG = Logger.getLogger(SnmpCollector.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private TargetService targets;

    @EJB
    private SharedSnmpClient client;

    @EJB
    private ArchiveSink sink;

    @EJB
    private TargetLeases leases;

    /** The application registry of MicroProfile Metrics, served by the runtime at /metrics (docs/adr/0007). */
    @Inject
    private Instance<MetricRegistry> registry;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private volatile CollectorMetrics metrics;
    private volatile int leasesHeld;

    private final Map<String, Polling> polling = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile PollScheduler scheduler;
    private volatile ScheduledFuture<?> reloader;
    private volatile String reloadFailure;
    /** Named at start-up ({@code PSARCHIVE_NODE_ID}, else the host name and a random suffix). */
    private volatile NodeId node;
    private volatile LeaseTerms terms;
    /** {@link System#nanoTime()} at which the leases last claimed run out unless renewed. */
    private volatile long leasesEnd;
    private volatile boolean leasesLapsed;

    @PostConstruct
    void start() {
        node = NodeId.of(config.getOptionalValue("psarchive.node.id", String.class), hostName(), new java.security.SecureRandom());
        if (!setting("psarchive.snmp.enabled", "true").equalsIgnoreCase("true")) {
            LOG.info("SNMP collector off (PSARCHIVE_SNMP_ENABLED=false)");
            return;
        }
        long reloadSeconds = Long.parseLong(setting("psarchive.snmp.reload", "30"));
        if (reloadSeconds < 1) {
            throw new IllegalStateException("PSARCHIVE_SNMP_RELOAD must be at least 1 (seconds), got " + reloadSeconds);
        }
        String lease = setting("psarchive.snmp.lease", "");
        terms = LeaseTerms.of(reloadSeconds, lease.isBlank() ? null : Long.valueOf(lease.strip()));
        if (registry != null && registry.isResolvable()) {
            metrics = new CollectorMetrics(registry.get(), () -> leasesHeld, polling::size);
        } else {
            LOG.warning("No MicroProfile Metrics registry: the SNMP collector's metrics are not published");
        }
        scheduler = new PollScheduler(executor, clock, MAX_IN_FLIGHT, this::poll);
        reloader = executor.scheduleWithFixedDelay(this::reload, 1, reloadSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "SNMP collector on as node " + node + ": targets reloaded every " + reloadSeconds
                + " s, leases of " + terms.duration().toSeconds() + " s");
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> handle = reloader;
        if (handle != null) {
            handle.cancel(false);
        }
        PollScheduler running = scheduler;
        if (running != null) {
            running.close();
        }
        polling.clear();
        if (running != null) {
            try {
                int released = leases.release(node);
                LOG.info(() -> "SNMP collector stopped: " + released + " target leases of node " + node + " released");
            } catch (RuntimeException e) {
                LOG.warning(() -> "SNMP target leases of node " + node + " not released (they expire): " + e.getMessage());
            }
        }
    }

    /** This node's id in the target leases ({@code PSARCHIVE_NODE_ID}, or host name and a random suffix). */
    public NodeId node() {
        return node;
    }

    /** Whether the collector runs ({@code PSARCHIVE_SNMP_ENABLED}). */
    public boolean running() {
        return scheduler != null;
    }

    /** The target's status, while the collector polls it (enabled, and seen by the last reload). */
    public Optional<TargetStatus> status(String name) {
        Polling entry = polling.get(name);
        PollScheduler running = scheduler;
        return entry == null || running == null ? Optional.empty() : Optional.of(entry.status(running.statistics(name)));
    }

    /** Takes the enabled targets again; never throws (a failure is logged once until it changes). */
    void reload() {
        try {
            if (SchemaMigrator.migratedVersion().isEmpty()) {
                return; // the schema is still being migrated: the next reload tries again
            }
            List<PollTarget> enabled = targets.enabledTargets(TIMEOUT, RETRIES);
            long claimed = System.nanoTime();
            Set<String> held = leases.claim(node, terms.duration());
            leasesEnd = claimed + terms.duration().toNanos();
            leasesLapsed = false;
            leasesHeld = held.size();
            apply(enabled.stream().filter(target -> held.contains(target.name().value())).toList(),
                    enabled.stream().map(target -> target.name().value()).collect(java.util.stream.Collectors.toSet()));
            CollectorMetrics published = metrics;
            if (published != null) { // slots missed by a target stuck in a poll show here, between its polls
                polling.keySet().forEach(name -> published.sync(name, scheduler.statistics(name)));
            }
            if (reloadFailure != null) {
                LOG.info("SNMP targets read again");
                reloadFailure = null;
            }
        } catch (RuntimeException e) {
            String failure = String.valueOf(e.getMessage());
            if (!failure.equals(reloadFailure)) {
                LOG.log(Level.WARNING, "SNMP targets could not be read; polling the ones known: " + failure, e);
                reloadFailure = failure;
            }
        }
    }

    /** Schedules the targets held, unschedules the others; {@code enabled} only tells why one is dropped. */
    private synchronized void apply(List<PollTarget> held, Set<String> enabled) {
        Set<String> names = new HashSet<>();
        for (PollTarget target : held) {
            String name = target.name().value();
            names.add(name);
            Polling current = polling.get(name);
            if (current == null || !current.target.equals(target)) {
                polling.put(name, new Polling(target, client.client(), clock));
                scheduler.schedule(new ScheduledTarget(name, target.interval()));
                if (current != null) {
                    current.forget();
                }
                LOG.info(() -> "SNMP target " + name + (current == null ? " polled" : " changed: polled") + " every "
                        + target.interval().toSeconds() + " s");
            }
        }
        for (String name : Set.copyOf(polling.keySet())) {
            if (!names.contains(name)) {
                scheduler.unschedule(name);
                Polling gone = polling.remove(name);
                if (gone != null) {
                    gone.forget();
                }
                forgetMetrics(name);
                LOG.info(() -> "SNMP target " + name + " no longer polled ("
                        + (enabled.contains(name) ? "its lease is held by another node" : "disabled or removed") + ")");
            }
        }
    }

    /** The scheduler's task: poll, rates, store; completes when the points are committed or the poll failed. */
    private CompletionStage<?> poll(String name) {
        Polling entry = polling.get(name);
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        if (System.nanoTime() - leasesEnd >= 0) {
            dropAll();
            return CompletableFuture.completedFuture(null);
        }
        Instant started = clock.instant();
        Router router;
        try {
            router = entry.router();
        } catch (UnknownHostException e) {
            entry.finished(started, null, e);
            return CompletableFuture.failedFuture(e);
        }
        return entry.poller.poll(name, entry.target.target())
                .thenApplyAsync(result -> {
                    List<InterfaceRate> rates = entry.tracker.update(result);
                    List<InterfaceWrite> writes = ArchiveMapping.writes(router, result, rates);
                    List<InterfaceState> states = entry.changedStates(ArchiveMapping.interfaceStates(result));
                    if (!writes.isEmpty() || !states.isEmpty()) {
                        try {
                            sink.store(writes, name, states, result.receivedAt().getEpochSecond()); // its own transaction, committed when it returns
                            entry.committed(Duration.between(result.receivedAt(), clock.instant()));
                        } catch (RuntimeException e) {
                            ArchiveSink.forget(router); // records may have been rolled back with the points
                            entry.historyUnknown(); // and the history with them
                            throw new StoreException(e);
                        }
                        entry.historyStored(states);
                    }
                    return new Stored(result, writes.stream().mapToInt(write -> write.points().size()).sum());
                }, executor)
                .whenComplete((stored, failure) -> {
                    entry.finished(started, stored == null ? null : stored.result(), failure);
                    published(name, started, stored == null ? null : stored.result(), stored == null ? 0 : stored.points());
                });
    }

    /**
     * The leases ran out without a renewal (the database did not answer the reloads): another node may
     * have taken the targets, so this one stops polling them all until a reload claims them again.
     */
    private synchronized void dropAll() {
        if (!leasesLapsed) {
            leasesLapsed = true;
            LOG.warning(() -> "SNMP target leases of node " + node + " not renewed within " + terms.duration().toSeconds()
                    + " s: polling stopped until the targets can be read and claimed again");
        }
        for (String name : Set.copyOf(polling.keySet())) {
            scheduler.unschedule(name);
            Polling gone = polling.remove(name);
            if (gone != null) {
                gone.forget();
            }
            forgetMetrics(name);
        }
        leasesHeld = 0;
    }

    private void forgetMetrics(String name) {
        CollectorMetrics published = metrics;
        if (published != null) {
            published.forget(name);
        }
    }

    /** A poll ended: its figures into the metrics (the scheduler counts this poll's outcome right after). */
    private void published(String name, Instant started, PollResult result, int points) {
        CollectorMetrics published = metrics;
        PollScheduler running = scheduler;
        if (published == null || running == null || !polling.containsKey(name)) {
            return;
        }
        int counters = result == null ? 0 : result.interfaces().stream().mapToInt(sample -> sample.counters().size()).sum();
        published.polled(name, Duration.between(started, clock.instant()), result == null ? -1 : result.interfaces().size(),
                points, counters);
        published.sync(name, running.statistics(name));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "node");
        }
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue(name, String.class).orElse(fallback);
    }

    /** A poll stored: its result and the number of points written. */
    private record Stored(PollResult result, int points) {
    }

    /** A poll's points could not be stored. */
    static final class StoreException extends RuntimeException {
        StoreException(Throwable cause) {
            super("storing the poll failed: " + cause, cause);
        }
    }

    /** One target being polled: its poller and rate tracker, and its status. */
    private static final class Polling {

        private final Clock clock;
        final PollTarget target;
        final IfMibPoller poller;
        final RateTracker tracker;
        private volatile Router router;
        private Instant lastSuccess;
        private Instant lastFailure;
        private String lastError;
        private boolean failing;
        private Duration lastPollDuration;
        private int interfaces;
        /** The descriptions last stored in the interface history (empty: not known, compare in the database). */
        private volatile List<InterfaceState> storedStates = List.of();
        private final java.util.ArrayDeque<Duration> commitDelays = new java.util.ArrayDeque<>(TargetStatus.RECENT);

        Polling(PollTarget target, org.psarchive.snmp.client.SnmpClient snmp, Clock clock) {
            this.target = target;
            this.clock = clock;
            PollSettings settings = PollSettings.defaults(target.interval()).withFilter(target.filter());
            this.tracker = new RateTracker(settings);
            this.poller = new IfMibPoller(snmp, clock, settings);
        }

        Router router() throws UnknownHostException {
            Router known = router;
            if (known == null) {
                String host = target.target().host();
                known = new Router(target.name().value(), InetAddress.getByName(host).getHostAddress(), host);
                router = known;
            }
            return known;
        }

        /** {@code read} if it differs from what was stored last (a poll that read no descriptions gives none). */
        List<InterfaceState> changedStates(List<InterfaceState> read) {
            return read.isEmpty() || read.equals(storedStates) ? List.of() : read;
        }

        void historyStored(List<InterfaceState> states) {
            if (!states.isEmpty()) {
                storedStates = states;
            }
        }

        void historyUnknown() {
            storedStates = List.of();
        }

        void forget() {
            Router known = router;
            if (known != null) {
                ArchiveSink.forget(known);
            }
        }

        synchronized void finished(Instant started, PollResult result, Throwable failure) {
            Instant now = clock.instant();
            lastPollDuration = Duration.between(started, now);
            String name = target.name().value();
            if (failure == null) {
                boolean first = lastSuccess == null;
                lastSuccess = now;
                interfaces = result.interfaces().size();
                if (failing || first) {
                    int seen = interfaces;
                    LOG.info(() -> "SNMP target " + name + (first ? " answers: " : " answers again: ") + seen + " interfaces");
                }
                failing = false;
                return;
            }
            String error = describe(failure);
            if (!failing || !error.equals(lastError)) {
                LOG.warning(() -> "SNMP target " + name + ": " + error + " (logged again only when this changes)");
            }
            failing = true;
            lastFailure = now;
            lastError = error;
        }

        private String describe(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof SnmpException snmp) {
                return snmp.failure().explanation(target.target().credentials());
            }
            if (cause instanceof UnknownHostException) {
                return "host name does not resolve: " + target.target().host();
            }
            return String.valueOf(cause.getMessage());
        }

        synchronized void committed(Duration sinceResponse) {
            if (commitDelays.size() == TargetStatus.RECENT) {
                commitDelays.removeFirst();
            }
            commitDelays.addLast(sinceResponse);
        }

        synchronized TargetStatus status(org.psarchive.snmp.schedule.PollStatistics statistics) {
            return new TargetStatus(lastSuccess, lastFailure, lastError, failing, lastPollDuration, interfaces, statistics,
                    List.copyOf(commitDelays));
        }
    }
}
