package org.psarchive.snmp.probe;

import java.time.Duration;
import java.time.Instant;

/**
 * What a probe learnt of a reachable agent: its system group, its number of interfaces and whether it
 * offers 64-bit octet counters (ifHCInOctets), which decides between the HC and the 32-bit columns.
 */
public record AgentIdentity(String sysName, String sysDescr, Duration sysUpTime, long ifNumber,
        boolean highCapacityCounters, Instant receivedAt) {
}
