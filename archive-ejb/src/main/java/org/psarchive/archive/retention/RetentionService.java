package org.psarchive.archive.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT event_type, summary_type, summary_window,"
                        + " keep_days FROM retention_policy ORDER BY event_type, summary_type, summary_window");
                ResultSet row = select.executeQuery()) {
            List<RetentionPolicy> policies = new ArrayList<>();
            while (row.next()) {
                policies.add(new RetentionPolicy(row.getString(1), row.getString(2), row.getLong(3), row.getInt(4)));
            }
            return policies;
        } catch (SQLException e) {
            throw new IllegalStateException("reading retention policies failed", e);
        }
    }

    /** Creates or changes the policy of this pattern. */
    public RetentionPolicy set(String actor, RetentionPolicy policy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO retention_policy (event_type,"
                        + " summary_type, summary_window, keep_days) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE keep_days = VALUES(keep_days)")) {
            bindPattern(upsert, policy.eventType(), policy.summaryType(), policy.window());
            upsert.setInt(4, policy.keepDays());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing a retention policy failed", e);
        }
        audit.record(actor, "retention.set", pattern(policy.eventType(), policy.summaryType(), policy.window()),
                "keep-days=" + policy.keepDays());
        return policy;
    }

    public void delete(String actor, String eventType, String summaryType, long window) {
        if (eventType.equals(RetentionPolicy.ANY) && summaryType.equals(RetentionPolicy.ANY)
                && window == RetentionPolicy.ANY_WINDOW) {
            throw new ConflictException("The default policy (*, *, *) can be changed but not deleted.");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM retention_policy"
                        + " WHERE event_type = ? AND summary_type = ? AND summary_window = ?")) {
            bindPattern(delete, eventType, summaryType, window);
            if (delete.executeUpdate() == 0) {
                throw new NotFoundException("No retention policy for " + pattern(eventType, summaryType, window) + ".");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("deleting a retention policy failed", e);
        }
        audit.record(actor, "retention.delete", pattern(eventType, summaryType, window), "");
    }

    /** The next page of series after {@code afterId}, in id order. */
    public List<SeriesRef> seriesAfter(long afterId, int pageSize) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id, event_type, summary_type, summary_window"
                        + " FROM ps_series WHERE id > ? ORDER BY id LIMIT " + pageSize)) {
            select.setLong(1, afterId);
            try (ResultSet row = select.executeQuery()) {
                List<SeriesRef> page = new ArrayList<>();
                while (row.next()) {
                    page.add(new SeriesRef(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)));
                }
                return page;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing series failed", e);
        }
    }

    /** Deletes at most {@code limit} points of one series older than {@code cutoff}; returns how many. */
    public int deleteBatch(long seriesId, long cutoff, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM ps_point WHERE series_id = ? AND ts < ? LIMIT " + limit)) {
            delete.setLong(1, seriesId);
            delete.setLong(2, cutoff);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting expired points failed", e);
        }
    }

    static String pattern(String eventType, String summaryType, long window) {
        return eventType + "/" + summaryType + "/" + (window == RetentionPolicy.ANY_WINDOW ? "*" : String.valueOf(window));
    }

    private static void bindPattern(PreparedStatement statement, String eventType, String summaryType, long window)
            throws SQLException {
        statement.setString(1, eventType);
        statement.setString(2, summaryType);
        statement.setLong(3, window);
    }
}
