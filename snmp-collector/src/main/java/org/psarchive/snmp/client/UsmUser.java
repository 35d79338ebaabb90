package org.psarchive.snmp.client;

import java.util.Objects;

/**
 * An SNMPv3 user of the User-based Security Model. The security level follows from what is given: no
 * authentication protocol is noAuthNoPriv, authentication alone authNoPriv, both authPriv.
 *
 * @param user the USM user name
 * @param auth the authentication protocol, or {@code null} for none
 * @param authPassword the authentication pass phrase (at least 8 characters, RFC 3414), or {@code null}
 * @param priv the privacy protocol, or {@code null} for none; needs {@code auth}
 * @param privPassword the privacy pass phrase (at least 8 characters), or {@code null}
 */
public record UsmUser(String user, AuthProtocol auth, String authPassword, PrivProtocol priv, String privPassword)
        implements Credentials {

    public UsmUser {
        Objects.requireNonNull(user, "user");
        if (user.isEmpty() || user.length() > 32) {
            throw new IllegalArgumentException("A USM user name has 1 to 32 characters");
        }
        if ((auth == null) != (authPassword == null)) {
            throw new IllegalArgumentException("An authentication protocol needs a password and the other way round");
        }
        if ((priv == null) != (privPassword == null)) {
            throw new IllegalArgumentException("A privacy protocol needs a password and the other way round");
        }
        if (priv != null && auth == null) {
            throw new IllegalArgumentException("Privacy needs authentication (there is no noAuthPriv)");
        }
        if ((authPassword != null && authPassword.length() < 8) || (privPassword != null && privPassword.length() < 8)) {
            // RFC 3414 11.2: agents refuse shorter pass phrases, so say so before any packet is sent.
            throw new IllegalArgumentException("USM pass phrases have at least 8 characters");
        }
    }

    public static UsmUser noAuthNoPriv(String user) {
        return new UsmUser(user, null, null, null, null);
    }

    public static UsmUser authNoPriv(String user, AuthProtocol auth, String authPassword) {
        return new UsmUser(user, auth, authPassword, null, null);
    }

    public static UsmUser authPriv(String user, AuthProtocol auth, String authPassword, PrivProtocol priv,
            String privPassword) {
        return new UsmUser(user, auth, authPassword, priv, privPassword);
    }

    public SecurityLevel securityLevel() {
        if (auth == null) {
            return SecurityLevel.NO_AUTH_NO_PRIV;
        }
        return priv == null ? SecurityLevel.AUTH_NO_PRIV : SecurityLevel.AUTH_PRIV;
    }

    @Override
    public String toString() {
        return "UsmUser[" + user + ", " + securityLevel() + (auth == null ? "" : ", " + auth)
                + (priv == null ? "" : ", " + priv) + "]";
    }
}
