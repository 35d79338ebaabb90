package org.psarchive.snmp.client;

/**
 * SNMPv3 privacy protocols we speak: AES-128 (RFC 3826) and AES-256 with the key extension of the
 * Blumenthal draft, which is what net-snmp calls {@code AES256}.
 */
public enum PrivProtocol {
    AES_128,
    AES_256
}
