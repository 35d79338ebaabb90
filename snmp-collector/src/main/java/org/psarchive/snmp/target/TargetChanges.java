package org.psarchive.snmp.target;

import java.util.List;
import java.util.Optional;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.PrivProtocol;

/**
 * What a create or an update gives, parsed into types but not yet checked together ({@link TargetRules}
 * does that). A null component is "not given": on create the default, on update unchanged. Secrets are
 * given in clear and sealed at once; a secret not given is kept as stored.
 *
 * <p>The protocols are tri-state: null is unchanged, {@code Optional.empty()} removes the protocol with
 * its password (an update to authNoPriv or noAuthNoPriv), a value sets it.
 *
 * <p>Without {@code version}, the credentials given decide: a community means v2c, a v3 member v3;
 * otherwise the stored version stays. Changing the version drops the other version's credentials.
 */
public record TargetChanges(String host, Integer port, SnmpVersion version, String community, String user,
        Optional<AuthProtocol> auth, String authPassword, Optional<PrivProtocol> priv, String privPassword,
        Integer intervalSeconds, List<String> include, List<String> exclude, Boolean enabled) {

    /** Nothing given. */
    public static final TargetChanges NONE = new TargetChanges(null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    boolean givesV3() {
        return user != null || (auth != null && auth.isPresent()) || authPassword != null
                || (priv != null && priv.isPresent()) || privPassword != null;
    }

    /** The secrets given, for the audit log: their names, never their values. */
    List<String> secretsGiven() {
        return java.util.stream.Stream.of(community == null ? null : SecretField.COMMUNITY,
                authPassword == null ? null : SecretField.AUTH_PASSWORD,
                privPassword == null ? null : SecretField.PRIV_PASSWORD)
                .filter(java.util.Objects::nonNull).map(SecretField::wireName).toList();
    }

    /** Never prints the secrets given. */
    @Override
    public String toString() {
        return "TargetChanges[host=" + host + ", port=" + port + ", version=" + version + ", user=" + user
                + ", auth=" + auth + ", priv=" + priv + ", interval=" + intervalSeconds + ", include=" + include
                + ", exclude=" + exclude + ", enabled=" + enabled + ", secrets=" + secretsGiven() + "]";
    }
}
