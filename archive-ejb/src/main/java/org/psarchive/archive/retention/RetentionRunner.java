package org.psarchive.archive.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.psarchive.platform.db.DatabaseKind;
import org.psarchive.platform.db.DatabaseSettings;
import org.psarchive.platform.db.SchemaMigrator;

/**
 * Applies the retention policies: every hour, and on an administrator's request. A pass walks the
 * series in id order and deletes expired points in batches of {@link #BATCH} rows, each batch its own
 * short transaction, so it never holds locks or memory in proportion to the data; a pass stops at its
 * batch budget and the next one goes on. On MariaDB a pass that deleted many rows rebuilds
 * {@code ps_point} ({@code OPTIMIZE TABLE}, online for InnoDB) so the disk space is given back, which
 * esmond's cleaner never did.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(0) // a second pass while one runs is refused, not queued
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionRunner {

    static final int BATCH = 10_000;
    private static final int SERIES_PAGE = 1_000;
    private static final Logger LOG = Logger.getLogger(RetentionRunner.class.getName());

    @EJB
    private RetentionService retention;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Config config;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "retention")
    void hourly() {
        if (setting("psarchive.retention.enabled", "true").equals("true")) {
            RetentionPass pass = run(false);
            LOG.info(() -> "Retention pass: " + pass);
        }
    }

    /**
     * One pass. With {@code reclaim}, or when the pass deleted at least
     * {@code PSARCHIVE_RETENTION_RECLAIM_ROWS} points, MariaDB's table is rebuilt afterwards.
     */
    public RetentionPass run(boolean reclaim) {
        List<RetentionPolicy> policies = retention.policies().stream()
                .sorted(RetentionPolicy.MOST_SPECIFIC_FIRST).toList();
        long budget = Long.parseLong(setting("psarchive.retention.max.batches", "1000"));
        long now = clock.instant().getEpochSecond();
        long deleted = 0;
        int visited = 0;
        long batches = 0;
        long after = 0;
        List<RetentionService.SeriesRef> page;
        while (!(page = retention.seriesAfter(after, SERIES_PAGE)).isEmpty()) {
            for (RetentionService.SeriesRef series : page) {
                after = series.id();
                visited++;
                long cutoff = now - keepDays(policies, series) * 86_400L;
                int removed;
                do {
                    if (batches++ >= budget) {
                        return finish(deleted, visited, false, reclaim);
                    }
                    removed = retention.deleteBatch(series.id(), cutoff, BATCH);
                    deleted += removed;
                } while (removed == BATCH);
            }
        }
        return finish(deleted, visited, true, reclaim);
    }

    private RetentionPass finish(long deleted, int visited, boolean complete, boolean reclaim) {
        long threshold = Long.parseLong(setting("psarchive.retention.reclaim.rows", "1000000"));
        boolean rebuild = (reclaim || deleted >= threshold) && DatabaseSettings.fromEnvironment().kind() == DatabaseKind.MARIADB;
        if (rebuild) {
            try (Connection connection = dataSource.getConnection()) {
                new RetentionStore(connection).rebuildPoints();
            } catch (SQLException e) {
                throw new IllegalStateException("rebuilding ps_point failed", e);
            }
        }
        return new RetentionPass(deleted, visited, complete, rebuild);
    }

    /** The policies are sorted most specific first, so the first match decides. */
    private static int keepDays(List<RetentionPolicy> policies, RetentionService.SeriesRef series) {
        return policies.stream().filter(p -> p.matches(series.eventType(), series.summaryType(), series.window()))
                .findFirst().map(RetentionPolicy::keepDays).orElse(RetentionPolicy.MAX_DAYS);
    }

    private String setting(String name, String fallback) {
        return config.getOptionalValue(name, String.class).orElse(fallback);
    }
}
