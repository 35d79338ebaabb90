/**
 * The admin API of the SNMP collector under {@code /api/admin/snmp}: its targets (docs/admin-api.md,
 * docs/snmp.md). Thin resources over {@code org.psarchive.snmp.target.TargetService}; secrets go in,
 * never out.
 */
package org.psarchive.web.snmp;
