package org.psarchive.snmp.target;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.PrivProtocol;

/**
 * The rules of a target as a whole: {@link TargetChanges} applied to the stored target (or to nothing, on
 * create) give the new stored target, or a 400 naming the field. Pure: secrets are sealed through the
 * {@link Sealer} given, which is asked only for the secrets given.
 */
final class TargetRules {

    /** Seals one secret of this target. */
    @FunctionalInterface
    interface Sealer {
        String seal(SecretField field, String secret);
    }

    private TargetRules() {
    }

    static StoredTarget apply(TargetName name, StoredTarget old, TargetChanges c, Sealer sealer, Instant now) {
        TargetHost host = c.host() != null ? new TargetHost(c.host()) : old != null ? old.host() : null;
        if (host == null) {
            throw missing("host");
        }
        int port = c.port() != null ? TargetFields.port(c.port()) : old != null ? old.port() : TargetFields.DEFAULT_PORT;
        int interval = c.intervalSeconds() != null ? TargetFields.intervalSeconds(c.intervalSeconds())
                : old != null ? old.intervalSeconds() : TargetFields.DEFAULT_INTERVAL_SECONDS;
        List<String> include = c.include() != null ? TargetFields.globs("include", c.include())
                : old != null ? old.include() : List.of();
        List<String> exclude = c.exclude() != null ? TargetFields.globs("exclude", c.exclude())
                : old != null ? old.exclude() : List.of();
        boolean enabled = c.enabled() != null ? c.enabled() : old == null || old.enabled();
        Instant created = old != null ? old.created() : now;
        long id = old != null ? old.id() : 0;
        SnmpVersion version = version(old, c);
        if (version == SnmpVersion.V2C) {
            if (c.givesV3()) {
                throw new InvalidInputException("'user', 'auth-protocol', 'auth-password', 'priv-protocol' and"
                        + " 'priv-password' are for SNMP v3; this target uses v2c.");
            }
            String community = c.community() != null
                    ? sealer.seal(SecretField.COMMUNITY, TargetFields.secret(SecretField.COMMUNITY, c.community()))
                    : old != null && old.version() == SnmpVersion.V2C ? old.secrets().community() : null;
            if (community == null) {
                throw new InvalidInputException("'community' is required for SNMP v2c.");
            }
            return new StoredTarget(id, name, host, port, version, null, null, null,
                    new SealedSecrets(community, null, null), interval, include, exclude, enabled, created, now);
        }
        if (c.community() != null) {
            throw new InvalidInputException("'community' is for SNMP v2c; this target uses v3.");
        }
        StoredTarget kept = old != null && old.version() == SnmpVersion.V3 ? old : null;
        String user = c.user() != null ? TargetFields.user(c.user()) : kept != null ? kept.user() : null;
        if (user == null) {
            throw new InvalidInputException("'user' is required for SNMP v3.");
        }
        AuthProtocol auth = choose(c.auth(), kept == null ? null : kept.auth());
        String authSealed = auth == null ? null : c.authPassword() != null
                ? sealer.seal(SecretField.AUTH_PASSWORD, TargetFields.secret(SecretField.AUTH_PASSWORD, c.authPassword()))
                : kept != null ? kept.secrets().authPassword() : null;
        PrivProtocol priv = choose(c.priv(), kept == null ? null : kept.priv());
        String privSealed = priv == null ? null : c.privPassword() != null
                ? sealer.seal(SecretField.PRIV_PASSWORD, TargetFields.secret(SecretField.PRIV_PASSWORD, c.privPassword()))
                : kept != null ? kept.secrets().privPassword() : null;
        if (auth == null && c.authPassword() != null) {
            throw new InvalidInputException("'auth-protocol' is required with 'auth-password' (SHA, SHA-256 or SHA-512).");
        }
        if (auth != null && authSealed == null) {
            throw new InvalidInputException("'auth-password' is required with 'auth-protocol'.");
        }
        if (priv == null && c.privPassword() != null) {
            throw new InvalidInputException("'priv-protocol' is required with 'priv-password' (AES or AES-256).");
        }
        if (priv != null && auth == null) {
            throw new InvalidInputException("'priv-protocol' needs authentication: give 'auth-protocol' and"
                    + " 'auth-password' too (there is no noAuthPriv).");
        }
        if (priv != null && privSealed == null) {
            throw new InvalidInputException("'priv-password' is required with 'priv-protocol'.");
        }
        return new StoredTarget(id, name, host, port, version, user, auth, priv,
                new SealedSecrets(null, authSealed, privSealed), interval, include, exclude, enabled, created, now);
    }

    private static SnmpVersion version(StoredTarget old, TargetChanges c) {
        if (c.version() != null) {
            return c.version();
        }
        if (c.community() != null && c.givesV3()) {
            throw new InvalidInputException("Give either 'community' (SNMP v2c) or 'user' and its protocols"
                    + " (SNMP v3), not both.");
        }
        if (c.community() != null) {
            return SnmpVersion.V2C;
        }
        if (c.givesV3() && (old == null || c.user() != null)) {
            return SnmpVersion.V3;
        }
        if (old != null) {
            return old.version();
        }
        throw new InvalidInputException("'community' (SNMP v2c) or 'user' (SNMP v3) is required.");
    }

    /** null: keep the stored value; empty: none; a value: that one. */
    private static <T> T choose(Optional<T> given, T stored) {
        return given == null ? stored : given.orElse(null);
    }

    private static InvalidInputException missing(String field) {
        return new InvalidInputException("'" + field + "' is required.");
    }
}
