package org.psarchive.snmp.poll;

import org.psarchive.snmp.rate.CounterWidth;

/** A counter as read: its value (unsigned) and whether it came from a 32- or a 64-bit column. */
public record CounterValue(long value, CounterWidth width) {
}
