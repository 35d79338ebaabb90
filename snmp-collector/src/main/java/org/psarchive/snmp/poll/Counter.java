package org.psarchive.snmp.poll;

/** The interface counters the poller reads, named as esmond's endpoints are (in, out, error/in ...). */
public enum Counter {
    IN_OCTETS,
    OUT_OCTETS,
    IN_ERRORS,
    OUT_ERRORS,
    IN_DISCARDS,
    OUT_DISCARDS
}
