package org.psarchive.snmp.poll;

/**
 * One interface as its descriptions were last read.
 *
 * @param speedBitsPerSecond ifHighSpeed x 10^6 where the agent gives one above 0, else ifSpeed; 0 unknown
 * @param discontinuityTime ifCounterDiscontinuityTime (sysUpTime hundredths), 0 where absent
 */
public record InterfaceDescription(long ifIndex, String name, String descr, String alias, long speedBitsPerSecond,
        long discontinuityTime) {
}
