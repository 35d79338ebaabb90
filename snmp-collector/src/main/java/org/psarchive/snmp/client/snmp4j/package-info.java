/**
 * The one implementation of {@link org.psarchive.snmp.client.SnmpClient}, on SNMP4J: the only package of
 * main code that imports {@code org.snmp4j}, so replacing the library touches nothing else.
 */
package org.psarchive.snmp.client.snmp4j;
