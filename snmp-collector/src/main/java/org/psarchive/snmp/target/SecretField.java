package org.psarchive.snmp.target;

/** The secrets of a target, each sealed on its own and bound to its field (and target) as associated data. */
public enum SecretField {
    COMMUNITY("community"),
    AUTH_PASSWORD("auth-password"),
    PRIV_PASSWORD("priv-password");

    private final String wireName;

    SecretField(String wireName) {
        this.wireName = wireName;
    }

    /** The request member and CLI option name; also part of the associated data (never change it). */
    public String wireName() {
        return wireName;
    }
}
