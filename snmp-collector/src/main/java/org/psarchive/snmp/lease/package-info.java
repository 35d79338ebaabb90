/**
 * Which node polls which target: a lease per target in the database ({@code snmp_target_lease}), claimed,
 * renewed at every reload of the targets and released when a node stops, so that two nodes sharing one
 * database never poll one router and a stopped node's routers are taken over once its leases expire
 * (docs/snmp.md "Leases", docs/adr/0007). {@code NodeId} names this node, {@code LeaseTerms} holds the
 * durations and the pure rules, {@code LeaseStore} the SQL, {@code TargetLeases} the service the collector
 * and the admin API call.
 */
package org.psarchive.snmp.lease;
