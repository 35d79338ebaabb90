package org.psarchive.snmp.device;

import java.util.Arrays;
import java.util.Optional;

/** esmond's consolidation functions ({@code cf}) over an aggregation window. */
public enum Consolidation {
    /** The mean of the window's base rates (the archive's stored {@code average} summary). */
    AVERAGE("average"),
    /** The least base rate of the window, with its time ({@code m_ts}). */
    MIN("min"),
    /** The greatest base rate of the window, with its time ({@code m_ts}). */
    MAX("max"),
    /** What the window counted in all (octets, errors, discards): the sum of its base rates x the poll interval. */
    RAW("raw");

    private final String wireName;

    Consolidation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Consolidation> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
