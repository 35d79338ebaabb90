package org.psarchive.snmp.client;

/** The SNMPv3 security level, derived from the credentials given (see {@link UsmUser#securityLevel()}). */
public enum SecurityLevel {
    NO_AUTH_NO_PRIV,
    AUTH_NO_PRIV,
    AUTH_PRIV
}
