package org.psarchive.snmp.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@code snmp_interface}, on the caller's connection (and so in the caller's transaction). A
 * change costs three statements at most whatever the number of interfaces: the open periods read in one,
 * the changed ones closed in one, the new ones inserted in one multi-row statement.
 */
public final class InterfaceHistoryTable {

    private static final String COLUMNS = "target_name, if_index, if_name, if_descr, if_alias, speed_bps, begin_s, end_s";
    /** Rows per INSERT: 8 parameters each, far below the protocol's 65,535. */
    static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;

    public InterfaceHistoryTable(Connection connection) {
        this.connection = connection;
    }

    /** What {@link #record} did. */
    public record Change(int closed, int opened) {
        public boolean none() {
            return closed == 0 && opened == 0;
        }
    }

    /**
     * Makes {@code current} the target's open periods at {@code at}: an interface (by ifIndex) whose state
     * differs from its open period's, or that is gone, has that period closed at {@code at}; a changed or new
     * one opens a period at {@code at}. Nothing is written when nothing differs.
     */
    public Change record(String target, Collection<InterfaceState> current, long at) throws SQLException {
        Map<Long, InterfaceState> byIndex = new HashMap<>();
        current.forEach(state -> byIndex.put(state.ifIndex(), state));
        Map<Long, InterfaceState> kept = new HashMap<>();
        List<Long> close = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, if_index, if_name, if_descr, if_alias,"
                + " speed_bps FROM snmp_interface WHERE target_name = ? AND end_s IS NULL")) {
            select.setString(1, target);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    InterfaceState state = new InterfaceState(rows.getLong(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getLong(6));
                    if (state.equals(byIndex.get(state.ifIndex())) && !kept.containsKey(state.ifIndex())) {
                        kept.put(state.ifIndex(), state); // unchanged: stays open
                    } else {
                        close.add(rows.getLong(1)); // changed or gone (or a second open row, never written here)
                    }
                }
            }
        }
        List<InterfaceState> insert = new ArrayList<>();
        byIndex.forEach((ifIndex, state) -> {
            if (!kept.containsKey(ifIndex)) {
                insert.add(state);
            }
        });
        insert.sort(java.util.Comparator.comparingLong(InterfaceState::ifIndex));
        close(close, at);
        insert(target, insert, at);
        return new Change(close.size(), insert.size());
    }

    private void close(List<Long> ids, long at) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "UPDATE snmp_interface SET end_s = ? WHERE id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, at);
            int index = 2;
            for (long id : ids) {
                update.setLong(index++, id);
            }
            update.executeUpdate();
        }
    }

    private void insert(String target, List<InterfaceState> states, long at) throws SQLException {
        for (int from = 0; from < states.size(); from += ROWS_PER_STATEMENT) {
            List<InterfaceState> chunk = states.subList(from, Math.min(states.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO snmp_interface (" + COLUMNS + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, NULL)"));
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                int index = 1;
                for (InterfaceState state : chunk) {
                    statement.setString(index++, target);
                    statement.setLong(index++, state.ifIndex());
                    statement.setString(index++, state.ifName());
                    statement.setString(index++, state.ifDescr());
                    statement.setString(index++, state.ifAlias());
                    statement.setLong(index++, state.speedBitsPerSecond());
                    statement.setLong(index++, at);
                }
                statement.executeUpdate();
            }
        }
    }

    /** Every period of the target, by ifName, then oldest first. */
    public List<InterfacePeriod> periods(String target) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM snmp_interface WHERE target_name = ? ORDER BY if_name, begin_s, id",
                target);
    }

    /** The periods of one interface of the target (by its name), oldest first. */
    public List<InterfacePeriod> periods(String target, String ifName) throws SQLException {
        return select("SELECT " + COLUMNS + " FROM snmp_interface WHERE target_name = ? AND if_name = ? ORDER BY begin_s, id",
                target, ifName);
    }

    /** The first begin and the last end (null while one is open) of every target with a history. */
    public Map<String, long[]> targets() throws SQLException {
        Map<String, long[]> spans = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT target_name, MIN(begin_s), MAX(end_s),"
                        + " SUM(CASE WHEN end_s IS NULL THEN 1 ELSE 0 END) FROM snmp_interface GROUP BY target_name")) {
            while (rows.next()) {
                spans.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(4) > 0 ? Long.MAX_VALUE : rows.getLong(3)});
            }
        }
        return spans;
    }

    /**
     * {@link #targets}' span of one target: its first begin and last end ({@link Long#MAX_VALUE} while a
     * period is open), or null without a history. One index range.
     */
    public long[] span(String target) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT MIN(begin_s), MAX(end_s),"
                + " SUM(CASE WHEN end_s IS NULL THEN 1 ELSE 0 END), COUNT(*) FROM snmp_interface WHERE target_name = ?")) {
            select.setString(1, target);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(4) == 0 ? null : new long[] {rows.getLong(1), rows.getLong(3) > 0 ? Long.MAX_VALUE : rows.getLong(2)};
            }
        }
    }

    private List<InterfacePeriod> select(String sql, String... arguments) throws SQLException {
        List<InterfacePeriod> periods = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                select.setString(i + 1, arguments[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long end = rows.getLong(8);
                    Long endValue = rows.wasNull() ? null : end;
                    periods.add(new InterfacePeriod(rows.getString(1), new InterfaceState(rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getLong(6)), rows.getLong(7), endValue));
                }
            }
        }
        return periods;
    }
}
