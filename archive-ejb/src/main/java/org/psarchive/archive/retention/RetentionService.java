package org.psarchive.archive.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.psarchive.account.AuditLog;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.ConflictException;
import org.psarchive.platform.error.NotFoundException;

/** Retention policies, and the unit of work of a retention pass: one bounded delete per transaction. */
@Stateless
public class RetentionService {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private AuditLog audit;

    /** A series as retention sees it. */
    public record SeriesRef(long id, String eventType, String summaryType, long window) {
    }

    public List<RetentionPolicy> policies() {
        return using("reading retention policies", RetentionStore::policies);
    }

    /** Creates or changes the policy of this pattern. */
    public RetentionPolicy set(String actor, RetentionPolicy policy) {
        using("storing a retention policy", store -> {
            store.put(policy);
            return null;
        });
        audit.record(actor, "retention.set", pattern(policy.eventType(), policy.summaryType(), policy.window()),
                "keep-days=" + policy.keepDays());
        return policy;
    }

    public void delete(String actor, String eventType, String summaryType, long window) {
        if (eventType.equals(RetentionPolicy.ANY) && summaryType.equals(RetentionPolicy.ANY)
                && window == RetentionPolicy.ANY_WINDOW) {
            throw new ConflictException("The default policy (*, *, *) can be changed but not deleted.");
        }
        if (!using("deleting a retention policy", store -> store.delete(eventType, summaryType, window))) {
            throw new NotFoundException("No retention policy for " + pattern(eventType, summaryType, window) + ".");
        }
        audit.record(actor, "retention.delete", pattern(eventType, summaryType, window), "");
    }

    /** The next page of series after {@code afterId}, in id order. */
    public List<SeriesRef> seriesAfter(long afterId, int pageSize) {
        return using("listing series", store -> store.seriesAfter(afterId, pageSize));
    }

    /** Deletes at most {@code limit} points of one series older than {@code cutoff}; returns how many. */
    public int deleteBatch(long seriesId, long cutoff, int limit) {
        return using("deleting expired points", store -> store.deletePointsBefore(seriesId, cutoff, limit));
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(RetentionStore store) throws SQLException;
    }

    private <T> T using(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(new RetentionStore(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    static String pattern(String eventType, String summaryType, long window) {
        return eventType + "/" + summaryType + "/" + (window == RetentionPolicy.ANY_WINDOW ? "*" : String.valueOf(window));
    }
}
