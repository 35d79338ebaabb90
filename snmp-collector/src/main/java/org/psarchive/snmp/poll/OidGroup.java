package org.psarchive.snmp.poll;

import java.util.List;

import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.mib.IfMib;

/**
 * The groups of IF-MIB columns the poller walks, each on its own cadence, as esmond's oidsets were
 * (FastPollHC, Errors, IfRefPoll): octets every poll, errors every 300 s, descriptions rarely.
 */
public enum OidGroup {

    /** 64-bit octet counters, every poll (ifInOctets/ifOutOctets are added where HC is missing). */
    FAST(List.of(IfMib.IF_HC_IN_OCTETS, IfMib.IF_HC_OUT_OCTETS)),
    ERRORS(List.of(IfMib.IF_IN_ERRORS, IfMib.IF_OUT_ERRORS, IfMib.IF_IN_DISCARDS, IfMib.IF_OUT_DISCARDS)),
    STATUS(List.of(IfMib.IF_OPER_STATUS)),
    /** Names, descriptions, speeds and discontinuity times: slowly, and again when the interfaces changed. */
    DESCRIPTIONS(List.of(IfMib.IF_NAME, IfMib.IF_DESCR, IfMib.IF_ALIAS, IfMib.IF_HIGH_SPEED, IfMib.IF_SPEED,
            IfMib.IF_COUNTER_DISCONTINUITY_TIME));

    /** The 32-bit octet columns, walked only while some interface lacks the HC ones. */
    static final List<Oid> OCTETS_32 = List.of(IfMib.IF_IN_OCTETS, IfMib.IF_OUT_OCTETS);

    private final List<Oid> columns;

    OidGroup(List<Oid> columns) {
        this.columns = columns;
    }

    public List<Oid> columns() {
        return columns;
    }
}
