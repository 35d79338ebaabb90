/**
 * The SNMP collector: polls IF-MIB interface counters from the site's routers, turns counters into
 * rates and stores them through the archive services. Built out by its own issue; see
 * docs/architecture.md for where it plugs in.
 */
package org.psarchive.snmp;
