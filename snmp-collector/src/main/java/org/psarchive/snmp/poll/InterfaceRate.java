package org.psarchive.snmp.poll;

import org.psarchive.snmp.rate.RateResult;

/** The rate (or the reason for none) of one counter of one interface over the interval just polled. */
public record InterfaceRate(long ifIndex, String ifName, Counter counter, RateResult result) {
}
