/**
 * {@code /lookup}: the sLS-compatible lookup service (records, leases, queries, bootstrap file) and
 * the community endpoints. Thin resources over {@code org.psarchive.lookup}.
 */
package org.psarchive.web.lookup;
