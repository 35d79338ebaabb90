/**
 * Probing a target before it is polled: reachable or not (with the typed reason), its system group and
 * whether it has 64-bit counters. The admin API and CLI's {@code target test} will call this.
 */
package org.psarchive.snmp.probe;
