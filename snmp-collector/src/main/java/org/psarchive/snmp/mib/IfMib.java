package org.psarchive.snmp.mib;

import org.psarchive.snmp.client.Oid;

/**
 * The numeric OIDs the collector reads (SNMPv2-MIB system group, IF-MIB ifTable and ifXTable), written
 * out so no MIB files are needed at run time. Columns have no instance; scalars end in {@code .0}.
 */
public final class IfMib {

    public static final Oid SYS_DESCR = Oid.parse("1.3.6.1.2.1.1.1.0");
    /** TimeTicks since the agent (re)started: the reference a counter reset is detected against. */
    public static final Oid SYS_UP_TIME = Oid.parse("1.3.6.1.2.1.1.3.0");
    public static final Oid SYS_NAME = Oid.parse("1.3.6.1.2.1.1.5.0");
    public static final Oid IF_NUMBER = Oid.parse("1.3.6.1.2.1.2.1.0");

    private static final Oid IF_ENTRY = Oid.parse("1.3.6.1.2.1.2.2.1");
    public static final Oid IF_DESCR = IF_ENTRY.append(2);
    /** Bits per second, capped at 4,294,967,295: read ifHighSpeed for anything faster. */
    public static final Oid IF_SPEED = IF_ENTRY.append(5);
    public static final Oid IF_OPER_STATUS = IF_ENTRY.append(8);
    public static final Oid IF_IN_OCTETS = IF_ENTRY.append(10);
    public static final Oid IF_IN_DISCARDS = IF_ENTRY.append(13);
    public static final Oid IF_IN_ERRORS = IF_ENTRY.append(14);
    public static final Oid IF_OUT_OCTETS = IF_ENTRY.append(16);
    public static final Oid IF_OUT_DISCARDS = IF_ENTRY.append(19);
    public static final Oid IF_OUT_ERRORS = IF_ENTRY.append(20);

    private static final Oid IF_X_ENTRY = Oid.parse("1.3.6.1.2.1.31.1.1.1");
    public static final Oid IF_NAME = IF_X_ENTRY.append(1);
    public static final Oid IF_HC_IN_OCTETS = IF_X_ENTRY.append(6);
    public static final Oid IF_HC_OUT_OCTETS = IF_X_ENTRY.append(10);
    /** Megabits per second. */
    public static final Oid IF_HIGH_SPEED = IF_X_ENTRY.append(15);
    public static final Oid IF_ALIAS = IF_X_ENTRY.append(18);
    /** sysUpTime when this interface's counters last had a discontinuity (0: none since the agent started). */
    public static final Oid IF_COUNTER_DISCONTINUITY_TIME = IF_X_ENTRY.append(19);

    private IfMib() {
    }
}
