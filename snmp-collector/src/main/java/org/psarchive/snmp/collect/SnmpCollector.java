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
import org.eclipse.microprofile.config.ConfigProvider;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.snmp.client.SnmpException;
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
 * poll. {@code PSARCHIVE_SNMP_ENABLED=false} switches it off. A failing target is logged when its state
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

    private final Map<String, Polling> polling = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile PollScheduler scheduler;
    private volatile ScheduledFuture<?> reloader;
    private volatile String reloadFailure;

    @PostConstruct
    void start() {
        if (!setting("psarchive.snmp.enabled", "true").equalsIgnoreCase("true")) {
            LOG.info("SNMP collector off (PSARCHIVE_SNMP_ENABLED=false)");
            return;
        }
        long reloadSeconds = Long.parseLong(setting("psarchive.snmp.reload", "30"));
        if (reloadSeconds < 1) {
            throw new IllegalStateException("PSARCHIVE_SNMP_RELOAD must be at least 1 (seconds), got " + reloadSeconds);
        }
        scheduler = new PollScheduler(executor, Clock.systemUTC(), MAX_IN_FLIGHT, this::poll);
        reloader = executor.scheduleWithFixedDelay(this::reload, 1, reloadSeconds, TimeUnit.SECONDS);
        LOG.info(() -> "SNMP collector on: targets reloaded every " + reloadSeconds + " s");
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
            apply(targets.enabledTargets(TIMEOUT, RETRIES));
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

    private void apply(List<PollTarget> enabled) {
        Set<String> names = new HashSet<>();
        for (PollTarget target : enabled) {
            String name = target.name().value();
            names.add(name);
            Polling current = polling.get(name);
            if (current == null || !current.target.equals(target)) {
                polling.put(name, new Polling(target, client.client()));
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
                LOG.info(() -> "SNMP target " + name + " no longer polled (disabled or removed)");
            }
        }
    }

    /** The scheduler's task: poll, rates, store; completes when the points are committed or the poll failed. */
    private CompletionStage<?> poll(String name) {
        Polling entry = polling.get(name);
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        Instant started = Instant.now();
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
                    if (!writes.isEmpty()) {
                        try {
                            sink.store(writes); // its own transaction, committed when it returns
                            entry.committed(Duration.between(result.receivedAt(), Instant.now()));
                        } catch (RuntimeException e) {
                            ArchiveSink.forget(router); // records may have been rolled back with the points
                            throw new StoreException(e);
                        }
                    }
                    return result;
                }, executor)
                .whenComplete((result, failure) -> entry.finished(started, result, failure));
    }

    private static String setting(String name, String fallback) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(fallback);
    }

    /** A poll's points could not be stored. */
    static final class StoreException extends RuntimeException {
        StoreException(Throwable cause) {
            super("storing the poll failed: " + cause, cause);
        }
    }

    /** One target being polled: its poller and rate tracker, and its status. */
    private static final class Polling {
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
        private final java.util.ArrayDeque<Duration> commitDelays = new java.util.ArrayDeque<>(TargetStatus.RECENT);

        Polling(PollTarget target, org.psarchive.snmp.client.SnmpClient snmp) {
            this.target = target;
            PollSettings settings = PollSettings.defaults(target.interval()).withFilter(target.filter());
            this.tracker = new RateTracker(settings);
            this.poller = new IfMibPoller(snmp, Clock.systemUTC(), settings);
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

        void forget() {
            Router known = router;
            if (known != null) {
                ArchiveSink.forget(known);
            }
        }

        synchronized void finished(Instant started, PollResult result, Throwable failure) {
            Instant now = Instant.now();
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
