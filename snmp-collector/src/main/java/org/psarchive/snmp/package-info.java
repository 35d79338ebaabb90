/**
 * The SNMP collector: polls IF-MIB interface counters from the site's routers and turns counters into
 * rates. Its pieces, each a package: {@code client} (the protocol behind {@code SnmpClient}, SNMP4J only
 * in {@code client.snmp4j}), {@code mib} (the OIDs), {@code probe} (checking a target), {@code poll}
 * (what a poll reads and yields), {@code rate} (counters into rates, pure), {@code schedule} (when polls
 * run). The sink into the archive comes next; see docs/snmp.md.
 */
package org.psarchive.snmp;
