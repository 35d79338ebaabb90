package org.psarchive.snmp.target;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals the targets' secrets for the database: AES-256-GCM, a random 96-bit nonce per value, the target's
 * name and the field as associated data (a sealed community copied to another target or into a password
 * column does not open), stored as {@code v1:<base64 of nonce, ciphertext and 128-bit tag>}.
 * Thread-safe: each call makes its own {@link Cipher}.
 */
public final class SecretBox {

    static final String PREFIX = "v1:";
    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String seal(TargetName target, SecretField field, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, target, field);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** The secret; a {@link SecretsUnavailableException} when this key (or this target and field) did not seal it. */
    public String open(TargetName target, SecretField field, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new SecretsUnavailableException("The " + field.wireName() + " of SNMP target '" + target
                    + "' is stored in an unknown format (not " + PREFIX + "...).");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretsUnavailableException("The " + field.wireName() + " of SNMP target '" + target
                    + "' is not valid base64.");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretsUnavailableException("The " + field.wireName() + " of SNMP target '" + target
                    + "' is too short to be sealed.");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), target, field);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretsUnavailableException("The " + field.wireName() + " of SNMP target '" + target
                    + "' does not open with the configured key: PSARCHIVE_SNMP_KEY or $PSARCHIVE_DATA/"
                    + SnmpSecretKey.FILE + " is not the key it was sealed with. Restore that key, or give the"
                    + " target its secrets again.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, TargetName target, SecretField field)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(target, field));
        return cipher;
    }

    /** {@code psarchive/snmp-target/<name>/<field>}: names cannot hold '/', so no two pairs give the same bytes. */
    static byte[] associatedData(TargetName target, SecretField field) {
        return ("psarchive/snmp-target/" + target.value() + "/" + field.wireName()).getBytes(StandardCharsets.UTF_8);
    }
}
