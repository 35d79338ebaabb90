package org.psarchive.snmp.client;

import java.util.Arrays;

/**
 * An SNMP object identifier such as {@code 1.3.6.1.2.1.1.3.0}: our own value type, so no caller needs
 * SNMP4J's {@code OID}. Ordered lexicographically by sub-identifier, as agents order their MIB views.
 */
public final class Oid implements Comparable<Oid> {

    private final int[] arcs;

    private Oid(int[] arcs) {
        this.arcs = arcs;
    }

    /**
     * @param dotted sub-identifiers separated by dots, a leading dot allowed ({@code .1.3.6.1})
     * @throws IllegalArgumentException if it is empty or holds anything but unsigned 32-bit numbers
     */
    public static Oid parse(String dotted) {
        String text = dotted.startsWith(".") ? dotted.substring(1) : dotted;
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Empty OID");
        }
        String[] parts = text.split("\\.", -1);
        int[] arcs = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long arc;
            try {
                arc = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                arc = -1;
            }
            if (arc < 0 || arc > 0xFFFF_FFFFL || parts[i].startsWith("+")) {
                throw new IllegalArgumentException("Not an OID: '" + dotted + "'");
            }
            arcs[i] = (int) arc;
        }
        return new Oid(arcs);
    }

    /** Sub-identifiers as SNMP4J and the wire hold them: unsigned 32-bit values in ints. */
    public static Oid of(int... arcs) {
        if (arcs.length == 0) {
            throw new IllegalArgumentException("Empty OID");
        }
        return new Oid(arcs.clone());
    }

    public int[] arcs() {
        return arcs.clone();
    }

    public int size() {
        return arcs.length;
    }

    /** This OID followed by more sub-identifiers: a column's instance, a scalar's {@code .0}. */
    public Oid append(int... more) {
        int[] joined = Arrays.copyOf(arcs, arcs.length + more.length);
        System.arraycopy(more, 0, joined, arcs.length, more.length);
        return new Oid(joined);
    }

    public Oid append(Oid more) {
        return append(more.arcs);
    }

    /** True when this OID lies under (or is) {@code prefix}: a walk stays in its subtree this way. */
    public boolean startsWith(Oid prefix) {
        if (prefix.arcs.length > arcs.length) {
            return false;
        }
        return Arrays.equals(arcs, 0, prefix.arcs.length, prefix.arcs, 0, prefix.arcs.length);
    }

    /**
     * The sub-identifiers after {@code prefix}: the row index of a table cell under its column.
     *
     * @throws IllegalArgumentException if this OID is not strictly under {@code prefix}
     */
    public Oid suffixAfter(Oid prefix) {
        if (!startsWith(prefix) || arcs.length == prefix.arcs.length) {
            throw new IllegalArgumentException(this + " is not under " + prefix);
        }
        return new Oid(Arrays.copyOfRange(arcs, prefix.arcs.length, arcs.length));
    }

    /** The last sub-identifier as an unsigned value; for a one-arc index such as ifIndex, the index. */
    public long last() {
        return Integer.toUnsignedLong(arcs[arcs.length - 1]);
    }

    @Override
    public int compareTo(Oid other) {
        int common = Math.min(arcs.length, other.arcs.length);
        for (int i = 0; i < common; i++) {
            int c = Integer.compareUnsigned(arcs[i], other.arcs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(arcs.length, other.arcs.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oid other && Arrays.equals(arcs, other.arcs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(arcs);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(arcs.length * 3);
        for (int i = 0; i < arcs.length; i++) {
            if (i > 0) {
                text.append('.');
            }
            text.append(Integer.toUnsignedString(arcs[i]));
        }
        return text.toString();
    }
}
