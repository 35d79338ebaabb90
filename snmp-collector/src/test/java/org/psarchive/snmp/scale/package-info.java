/**
 * Scale tests against real net-snmp agents built by bin/lib/snmp.sh: a network namespace with a thousand
 * interfaces, and a fleet of targets on one snmpd. The ten-times larger versions run in bin/bench snmp.
 */
package org.psarchive.snmp.scale;
