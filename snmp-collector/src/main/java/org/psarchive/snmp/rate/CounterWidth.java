package org.psarchive.snmp.rate;

/** The width of a counter, which says where it wraps: Counter32 after 2^32 - 1, Counter64 after 2^64 - 1. */
public enum CounterWidth {
    BITS_32,
    BITS_64
}
