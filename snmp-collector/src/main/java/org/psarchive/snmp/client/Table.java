package org.psarchive.snmp.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a walk of table columns found: rows by index, in index order; the columns walked; the number of
 * requests it took; and when its first request went out and its last response arrived.
 */
public record Table(List<Oid> columns, SortedMap<Oid, TableRow> rows, int requests, Instant startedAt,
        Instant finishedAt) {

    public Table {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
    }

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    /** Number of cells (variable bindings inside the walked columns) received. */
    public int cells() {
        return rows.values().stream().mapToInt(row -> row.columns().size()).sum();
    }
}
