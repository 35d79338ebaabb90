/**
 * The collector's targets: the routers it polls and how (address, SNMP version and credentials, poll
 * interval, interface globs, enabled). {@code TargetService} holds the rules and transactions,
 * {@code TargetStore} the SQL, {@code SecretBox} seals communities and passwords (AES-256-GCM, key outside
 * the database, {@code SnmpSecretKey}). The admin API ({@code web.snmp}) and the CLI's {@code target}
 * call the service; the poll scheduler takes {@code TargetService.enabledTargets()}.
 */
package org.psarchive.snmp.target;
