package org.psarchive.snmp.poll;

/** ifOperStatus (RFC 2863). */
public enum OperStatus {
    UP, DOWN, TESTING, UNKNOWN, DORMANT, NOT_PRESENT, LOWER_LAYER_DOWN;

    /** The enum of the MIB's integer; anything out of range is UNKNOWN. */
    public static OperStatus of(int value) {
        return value >= 1 && value <= values().length ? values()[value - 1] : UNKNOWN;
    }
}
