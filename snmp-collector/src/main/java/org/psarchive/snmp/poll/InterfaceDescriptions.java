package org.psarchive.snmp.poll;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable snapshot of a target's interfaces by ifIndex, as read at one time, with the ifNumber and
 * sysUpTime of then: a later poll compares against these to decide whether to read them again.
 */
public record InterfaceDescriptions(Instant readAt, long sysUpTime, long ifNumber,
        SortedMap<Long, InterfaceDescription> byIndex) {

    public InterfaceDescriptions {
        byIndex = Collections.unmodifiableSortedMap(new TreeMap<>(byIndex));
    }

    public InterfaceDescription get(long ifIndex) {
        return byIndex.get(ifIndex);
    }
}
