package org.psarchive.snmp.target;

/**
 * A target's secrets as the database holds them, each sealed by {@link SecretBox} ({@code v1:...}) or null
 * when the target has none. Opening them needs the key; listing a target never does.
 */
public record SealedSecrets(String community, String authPassword, String privPassword) {

    public static final SealedSecrets NONE = new SealedSecrets(null, null, null);

    public String of(SecretField field) {
        return switch (field) {
            case COMMUNITY -> community;
            case AUTH_PASSWORD -> authPassword;
            case PRIV_PASSWORD -> privPassword;
        };
    }

    public long count() {
        return (community == null ? 0 : 1) + (authPassword == null ? 0 : 1) + (privPassword == null ? 0 : 1);
    }

    /** Sealed texts are not secret without the key, but nothing of them belongs in a log either. */
    @Override
    public String toString() {
        return "SealedSecrets[" + count() + "]";
    }
}
