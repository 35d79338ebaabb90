/**
 * Counters into rates: {@link org.psarchive.snmp.rate.RateCalculator}, a pure function over two
 * {@link org.psarchive.snmp.rate.CounterReading}s that yields a rate or a typed reason for none (first
 * sample, restart, discontinuity, replaced interface, implausible wrap, gap).
 */
package org.psarchive.snmp.rate;
