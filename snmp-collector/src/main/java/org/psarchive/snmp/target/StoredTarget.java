package org.psarchive.snmp.target;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.Credentials;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.UsmUser;
import org.psarchive.snmp.client.PrivProtocol;
import org.psarchive.snmp.client.SecurityLevel;

/**
 * A target as stored: every setting, its secrets sealed. Valid by construction of {@link TargetRules}: a
 * v2c target has a community and no v3 fields; a v3 target has a user, a password with each protocol, and
 * privacy only with authentication.
 *
 * @param id the row's id, 0 before it is inserted
 * @param user the v3 user name, null for v2c
 * @param auth the v3 authentication protocol, null for none
 * @param priv the v3 privacy protocol, null for none
 */
public record StoredTarget(long id, TargetName name, TargetHost host, int port, SnmpVersion version, String user,
        AuthProtocol auth, PrivProtocol priv, SealedSecrets secrets, int intervalSeconds, List<String> include,
        List<String> exclude, boolean enabled, Instant created, Instant updated) {

    public StoredTarget {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** The v3 security level that follows from the credentials; null for v2c. */
    public SecurityLevel securityLevel() {
        if (version != SnmpVersion.V3) {
            return null;
        }
        if (auth == null) {
            return SecurityLevel.NO_AUTH_NO_PRIV;
        }
        return priv == null ? SecurityLevel.AUTH_NO_PRIV : SecurityLevel.AUTH_PRIV;
    }

    public boolean has(SecretField field) {
        return secrets.of(field) != null;
    }

    /** The credentials in clear, opened with {@code box}: for a request to the agent, never for an answer. */
    public Credentials credentials(SecretBox box) {
        if (version == SnmpVersion.V2C) {
            return new Community(box.open(name, SecretField.COMMUNITY, secrets.community()));
        }
        String authPassword = auth == null ? null : box.open(name, SecretField.AUTH_PASSWORD, secrets.authPassword());
        String privPassword = priv == null ? null : box.open(name, SecretField.PRIV_PASSWORD, secrets.privPassword());
        return new UsmUser(user, auth, authPassword, priv, privPassword);
    }

    /** The agent to ask, with its credentials opened. */
    public SnmpTarget snmpTarget(SecretBox box, Duration timeout, int retries) {
        return new SnmpTarget(host.value(), port, timeout, retries, credentials(box));
    }

    StoredTarget withId(long newId) {
        return new StoredTarget(newId, name, host, port, version, user, auth, priv, secrets, intervalSeconds, include,
                exclude, enabled, created, updated);
    }

    StoredTarget withEnabled(boolean value, Instant at) {
        return new StoredTarget(id, name, host, port, version, user, auth, priv, secrets, intervalSeconds, include,
                exclude, value, created, at);
    }

    /** securityLevel's wire name: noAuthNoPriv, authNoPriv, authPriv. */
    public static String wireName(SecurityLevel level) {
        return switch (level) {
            case NO_AUTH_NO_PRIV -> "noAuthNoPriv";
            case AUTH_NO_PRIV -> "authNoPriv";
            case AUTH_PRIV -> "authPriv";
        };
    }
}
