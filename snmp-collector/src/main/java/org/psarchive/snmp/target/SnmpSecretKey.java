package org.psarchive.snmp.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.LongSupplier;

/**
 * Finds the key that seals the targets' secrets, outside the database: {@code PSARCHIVE_SNMP_KEY} (base64
 * of 32 bytes) if set, else the file {@code $PSARCHIVE_DATA/snmp.key}. The file is made on first need,
 * readable by the server's user only (as {@code admin.token}) — but never while the database holds sealed
 * secrets: a new key could not open them, so that is an error that tells what to restore.
 */
public final class SnmpSecretKey {

    public static final String FILE = "snmp.key";
    public static final String VARIABLE = "PSARCHIVE_SNMP_KEY";

    private SnmpSecretKey() {
    }

    /**
     * @param configured the value of {@code PSARCHIVE_SNMP_KEY}, or null/blank when unset
     * @param dataDirectory {@code PSARCHIVE_DATA}
     * @param sealedSecrets counts the secrets stored now (asked only when the file must be made)
     */
    public static byte[] resolve(String configured, Path dataDirectory, LongSupplier sealedSecrets) {
        if (configured != null && !configured.isBlank()) {
            return decode(configured.strip(), VARIABLE);
        }
        Path file = dataDirectory.resolve(FILE).toAbsolutePath();
        if (Files.exists(file)) {
            return read(file);
        }
        long sealed = sealedSecrets.getAsLong();
        if (sealed > 0) {
            throw new SecretsUnavailableException("The key of the SNMP targets' secrets is missing: " + VARIABLE
                    + " is unset and " + file + " does not exist, but the database holds " + sealed
                    + " secret(s) sealed with it. Restore the file (or set " + VARIABLE + "), or give the targets"
                    + " their secrets again after removing them.");
        }
        return create(file);
    }

    private static byte[] decode(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SecretsUnavailableException(source + " is not base64: it must hold the base64 of 32 random"
                    + " bytes (e.g. from 'head -c 32 /dev/urandom | base64').");
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new SecretsUnavailableException(source + " holds " + key.length + " bytes; the key of the SNMP"
                    + " targets' secrets has 32 (base64 of 32 random bytes).");
        }
        return key;
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new SecretsUnavailableException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written to a private temporary file, then linked into place unless another process was first. */
    private static byte[] create(Path file) {
        byte[] key = new byte[SecretBox.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".snmp-key", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                // a hard link never replaces an existing file (a rename would): two nodes sharing the
                // directory agree on the first key written
                Files.createLink(file, temporary);
            } catch (FileAlreadyExistsException another) {
                return read(file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return key;
        } catch (IOException e) {
            throw new SecretsUnavailableException("Cannot write the SNMP secrets key to " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
