/**
 * The collector in the server: {@link org.psarchive.snmp.collect.SnmpCollector} polls the enabled targets
 * on the container's scheduled executor, and {@link org.psarchive.snmp.collect.ArchiveSink} stores their
 * interface rates as archive time series ({@link org.psarchive.snmp.collect.ArchiveMapping}, docs/snmp.md
 * "From poll to row").
 */
package org.psarchive.snmp.collect;
