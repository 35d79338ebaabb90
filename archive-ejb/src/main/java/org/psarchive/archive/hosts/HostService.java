package org.psarchive.archive.hosts;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.psarchive.account.Account;
import org.psarchive.account.AccountService;
import org.psarchive.account.Permission;
import org.psarchive.platform.db.SchemaMigrator;
import javax.sql.DataSource;

/**
 * Who sends results and who stopped: the report of the admin API ({@code GET /api/admin/hosts}) and the
 * agents' last results for the gauges of {@code /metrics} ({@link HostWatch}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class HostService {

    /** Silent agents first: those that never wrote a point, then the oldest last result; ties by name. */
    static final Comparator<HostActivity> MOST_SILENT_FIRST = Comparator
            .comparing((HostActivity a) -> a.lastResult() != null)
            .thenComparing(HostActivity::lastResult, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(HostActivity::agent, Comparator.nullsLast(Comparator.naturalOrder()));

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private AccountService accounts;

    @Inject
    private Clock clock;

    /**
     * Every agent and archiving account, or with {@code silentFor} only those silent at least that long:
     * an agent whose last result is older, an account whose key was last used earlier (an account
     * without a key cannot be judged and is left out).
     */
    public HostReport report(Duration silentFor) {
        Instant now = clock.instant();
        List<HostActivity> agents = agents(now).stream()
                .filter(agent -> silentFor == null || agent.silentFor(silentFor, now))
                .sorted(MOST_SILENT_FIRST).toList();
        List<ArchivingAccount> archiving = accounts.list().stream().filter(HostService::archives)
                .map(account -> new ArchivingAccount(account.name(), account.enabled(), account.hasKey(), account.keyLastUsed()))
                .filter(account -> silentFor == null || silent(account, silentFor, now))
                .sorted(Comparator.comparing(ArchivingAccount::name)).toList();
        return new HostReport(now, agents, archiving);
    }

    /** Every agent's activity at {@code now}. */
    public List<HostActivity> agents(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return new HostStore(connection).agents(now);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the hosts report failed", e);
        }
    }

    /** The newest result (epoch seconds) of each agent that wrote since {@code since}, through the time-updated index. */
    public Map<String, Long> lastResultsSince(Instant since) {
        try (Connection connection = dataSource.getConnection()) {
            return new HostStore(connection).lastResultsSince(since.getEpochSecond());
        } catch (SQLException e) {
            throw new IllegalStateException("reading the agents' last results failed", e);
        }
    }

    private static boolean archives(Account account) {
        return account.permissions().contains(Permission.METADATA_POST) || account.permissions().contains(Permission.TIMESERIES_POST);
    }

    private static boolean silent(ArchivingAccount account, Duration silentFor, Instant now) {
        return account.hasKey() && (account.keyLastUsed() == null || !account.keyLastUsed().isAfter(now.minus(silentFor)));
    }
}
