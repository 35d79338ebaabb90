package org.psarchive.archive.hosts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Refreshes the hosts' gauges of {@code /metrics} ({@link HostGauges}) every
 * {@code PSARCHIVE_HOSTS_REFRESH} (default one minute), so a scrape never reads the database: every
 * {@code PSARCHIVE_HOSTS_FULL_REFRESH} (default an hour, and at start-up) from the full hosts report,
 * which reads every record, and in between from the agents that wrote since the last refresh only,
 * through the time-updated index (docs/operations.md has the costs). At most
 * {@code PSARCHIVE_HOSTS_METRICS_MAX} agents (default 1000; 0 switches the gauges off) have a gauge. A
 * failed refresh is logged when the state changes (first failure, recovery), not at every refresh.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HostWatch {

    static final Duration DEFAULT_REFRESH = Duration.ofMinutes(1);
    static final int DEFAULT_MAX = 1_000;
    static final Duration DEFAULT_FULL = Duration.ofHours(1);
    /**
     * How far before the last refresh an incremental one looks: a write sets time-updated when its
     * transaction begins, and may commit after the refresh that began later has read.
     */
    static final Duration OVERLAP = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(HostWatch.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private HostService hosts;

    /** The application registry of MicroProfile Metrics, served by the runtime at /metrics (docs/adr/0007). */
    @Inject
    private Instance<MetricRegistry> registry;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    private volatile HostGauges gauges;
    private Duration fullEvery;
    private volatile ScheduledFuture<?> refresher;
    private volatile boolean failing;
    /** When the last full and the last refresh of any kind began; null before the first full one. */
    private Instant lastFull;
    private Instant lastRefresh;

    @PostConstruct
    void start() {
        Duration every;
        int max;
        try {
            every = config.getOptionalValue("psarchive.hosts.refresh", String.class).map(text -> Duration.parse(text.strip()))
                    .orElse(DEFAULT_REFRESH);
            max = config.getOptionalValue("psarchive.hosts.metrics.max", String.class).map(text -> Integer.parseInt(text.strip()))
                    .orElse(DEFAULT_MAX);
            fullEvery = config.getOptionalValue("psarchive.hosts.full.refresh", String.class)
                    .map(text -> Duration.parse(text.strip())).orElse(DEFAULT_FULL);
        } catch (RuntimeException e) {
            throw new IllegalStateException("PSARCHIVE_HOSTS_REFRESH and PSARCHIVE_HOSTS_FULL_REFRESH must be ISO-8601"
                    + " durations (PT1M) and PSARCHIVE_HOSTS_METRICS_MAX a whole number: " + e.getMessage(), e);
        }
        if (every.isNegative() || every.isZero() || fullEvery.isNegative() || max < 0) {
            throw new IllegalStateException("PSARCHIVE_HOSTS_REFRESH must be positive, PSARCHIVE_HOSTS_FULL_REFRESH not"
                    + " negative and PSARCHIVE_HOSTS_METRICS_MAX at least 0, got " + every + ", " + fullEvery + " and " + max);
        }
        if (max == 0) {
            LOG.info("Hosts' gauges off (PSARCHIVE_HOSTS_METRICS_MAX=0)");
            return;
        }
        if (registry == null || !registry.isResolvable()) {
            LOG.warning("No MicroProfile Metrics registry: the hosts' last-result gauges are not published");
            return;
        }
        gauges = new HostGauges(registry.get(), clock, max);
        refresher = executor.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = refresher;
        if (running != null) {
            running.cancel(false);
        }
    }

    /** One refresh; the executor runs one at a time (fixed delay). */
    void refresh() {
        try {
            Instant now = clock.instant();
            if (lastFull == null || !now.isBefore(lastFull.plus(fullEvery))) {
                gauges.publish(hosts.agents(now));
                lastFull = now;
            } else {
                gauges.advance(hosts.lastResultsSince(lastRefresh.minus(OVERLAP)));
            }
            lastRefresh = now;
            if (failing) {
                failing = false;
                LOG.info("Hosts' gauges refreshed again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Refreshing the hosts' gauges failed; they keep their last values", e);
            }
        }
    }
}
