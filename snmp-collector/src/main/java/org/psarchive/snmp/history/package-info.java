/**
 * Interface history: one row per period during which an interface of a target kept one description (ifName,
 * ifDescr, ifAlias, speed), in {@code snmp_interface} (migration V10). The collector writes a change
 * ({@link InterfaceHistoryTable#record}), the device API reads the periods (docs/snmp.md, "Interface history").
 */
package org.psarchive.snmp.history;
