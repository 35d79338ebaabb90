package org.psarchive.snmp.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The SQL of {@code snmp_target_lease}. Every change is one statement whose condition decides, in the
 * database, who gets a row: a node never reads a lease and then writes it, so two nodes racing for one
 * target cannot both win, on MariaDB (a row lock per updated row, a primary key per inserted one) as on
 * H2. Each method takes its own connection (autocommit outside a container transaction). Times are UTC.
 */
public final class LeaseStore {

    /** Takes every enabled target that has no lease row yet; a row another node inserted first is skipped. */
    private static final String CLAIM_FREE = "INSERT IGNORE INTO snmp_target_lease (target_id, node_id, claimed_at, expires_at)"
            + " SELECT t.id, ?, ?, ? FROM snmp_target t WHERE t.enabled = TRUE"
            + " AND NOT EXISTS (SELECT 1 FROM snmp_target_lease l WHERE l.target_id = t.id)";

    /**
     * Renews this node's leases and takes the expired ones, of enabled targets, in one statement.
     * {@code claimed_at} comes first: MariaDB evaluates SET left to right with the new values, H2 with the
     * old ones, and both see the old {@code node_id} there.
     */
    private static final String RENEW_AND_TAKE_EXPIRED = "UPDATE snmp_target_lease"
            + " SET claimed_at = CASE WHEN node_id = ? THEN claimed_at ELSE ? END, node_id = ?, expires_at = ?"
            + " WHERE (node_id = ? OR expires_at <= ?) AND target_id IN (SELECT id FROM snmp_target WHERE enabled = TRUE)";

    private static final String LEASES = "SELECT t.name, l.node_id, l.claimed_at, l.expires_at"
            + " FROM snmp_target_lease l JOIN snmp_target t ON t.id = l.target_id";

    private final DataSource dataSource;

    public LeaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Renews {@code node}'s leases and claims the free and expired ones of enabled targets until
     * {@code expires}; answers the names of the targets {@code node} holds at {@code now} afterwards.
     */
    public Set<String> claim(NodeId node, Instant now, Instant expires) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(CLAIM_FREE)) {
                insert.setString(1, node.value());
                insert.setObject(2, utc(now));
                insert.setObject(3, utc(expires));
                insert.executeUpdate();
            }
            try (PreparedStatement update = connection.prepareStatement(RENEW_AND_TAKE_EXPIRED)) {
                update.setString(1, node.value());
                update.setObject(2, utc(now));
                update.setString(3, node.value());
                update.setObject(4, utc(expires));
                update.setString(5, node.value());
                update.setObject(6, utc(now));
                update.executeUpdate();
            }
        }
        return held(node, now);
    }

    /** The targets whose lease {@code node} holds at {@code now}, by name. */
    public Set<String> held(NodeId node, Instant now) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT t.name FROM snmp_target_lease l JOIN snmp_target t ON t.id = l.target_id"
                        + " WHERE l.node_id = ? AND l.expires_at > ? ORDER BY t.name")) {
            select.setString(1, node.value());
            select.setObject(2, utc(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** Gives up every lease of {@code node}, so that another node (or this one restarted) takes them at once. */
    public int release(NodeId node) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM snmp_target_lease WHERE node_id = ?")) {
            delete.setString(1, node.value());
            return delete.executeUpdate();
        }
    }

    /** Every lease row, expired ones included, by target name. */
    public List<Lease> leases() throws SQLException {
        List<Lease> leases = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LEASES + " ORDER BY t.name");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                leases.add(new Lease(rows.getString(1), new NodeId(rows.getString(2)), instant(rows, 3), instant(rows, 4)));
            }
        }
        return leases;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
