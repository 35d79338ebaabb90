package org.psarchive.snmp.client;

/**
 * How a request authenticates itself: an SNMPv2c community or an SNMPv3 USM user. Secrets never appear
 * in {@code toString()}, so a target can be logged as it is.
 */
public sealed interface Credentials permits Community, UsmUser {
}
