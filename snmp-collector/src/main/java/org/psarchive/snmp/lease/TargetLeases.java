package org.psarchive.snmp.lease;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.jpa.DatabaseTime;

/**
 * The leases of the SNMP targets, for the collector (claim and renew at each reload, release at stop) and
 * the admin API (who polls what). Outside container transactions: each statement of {@link LeaseStore}
 * decides on its own and commits at once, so no lock is held across statements (on Galera a conflict
 * fails the one statement, and the next reload tries again). Time is this node's clock: nodes sharing a
 * database must keep their clocks in step (NTP) to well within a lease.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TargetLeases {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    /** Renews {@code node}'s leases and claims free and expired ones for {@code duration}: the targets it holds. */
    public Set<String> claim(NodeId node, Duration duration) {
        Instant now = DatabaseTime.now(clock);
        return sql(() -> store().claim(node, now, now.plus(duration)));
    }

    /** Gives up {@code node}'s leases; the number given up. */
    public int release(NodeId node) {
        return sql(() -> store().release(node));
    }

    /** The leases holding now, by target name. */
    public Map<String, Lease> current() {
        Instant now = DatabaseTime.now(clock);
        Map<String, Lease> held = new LinkedHashMap<>();
        for (Lease lease : sql(() -> store().leases())) {
            if (lease.heldAt(now)) {
                held.put(lease.target(), lease);
            }
        }
        return held;
    }

    private LeaseStore store() {
        return new LeaseStore(dataSource);
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new IllegalStateException("SNMP target leases: " + e.getMessage(), e);
        }
    }
}
