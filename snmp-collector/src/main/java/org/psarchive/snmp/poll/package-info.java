/**
 * Polling IF-MIB: which columns are read when ({@link org.psarchive.snmp.poll.OidGroup},
 * {@link org.psarchive.snmp.poll.PollSettings}), the poller ({@link org.psarchive.snmp.poll.IfMibPoller})
 * and what it yields: an immutable {@link org.psarchive.snmp.poll.PollResult} per poll and an
 * {@link org.psarchive.snmp.poll.InterfaceDescriptions} snapshot. {@link org.psarchive.snmp.poll.RateTracker}
 * turns successive results into rates for the sink.
 */
package org.psarchive.snmp.poll;
