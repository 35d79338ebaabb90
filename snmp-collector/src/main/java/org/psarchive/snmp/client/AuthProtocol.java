package org.psarchive.snmp.client;

/** SNMPv3 authentication protocols we speak: HMAC-SHA-1 (RFC 3414) and the SHA-2 ones of RFC 7860. */
public enum AuthProtocol {
    SHA,
    SHA_256,
    SHA_512
}
