package org.psarchive.snmp.client;

import java.time.Instant;
import java.util.Map;

/**
 * One row of a walked table: its index (the OID after the column, such as {@code 3} for ifIndex 3), the
 * value of each walked column that has this row, and when the response that brought the row arrived.
 * A column the agent does not fill for this row is absent, not null.
 */
public record TableRow(Oid index, Map<Oid, SnmpValue> columns, Instant receivedAt) {

    public TableRow {
        columns = Map.copyOf(columns);
    }

    /** The cell of {@code column}, or noSuchInstance if the agent has none for this row. */
    public SnmpValue get(Oid column) {
        return columns.getOrDefault(column, SnmpValue.Absent.NO_SUCH_INSTANCE);
    }

    public boolean has(Oid column) {
        return columns.containsKey(column);
    }
}
