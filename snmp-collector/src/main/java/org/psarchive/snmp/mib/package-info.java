/** The MIB objects the collector reads, as numeric OIDs (no MIB files at run time). */
package org.psarchive.snmp.mib;
