/**
 * The SNMP protocol behind an interface of our own: {@link org.psarchive.snmp.client.SnmpClient}, the
 * targets and credentials it takes, OIDs and values as our own types, and the typed failures
 * ({@link org.psarchive.snmp.client.SnmpFailure}). Nothing here imports SNMP4J; the one implementation
 * lives in {@code client.snmp4j}.
 */
package org.psarchive.snmp.client;
