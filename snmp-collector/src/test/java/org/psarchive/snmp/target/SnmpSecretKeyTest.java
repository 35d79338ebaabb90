package org.psarchive.snmp.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnmpSecretKeyTest {

    @TempDir
    Path data;

    @Test
    void theVariableWinsAndMakesNoFile() {
        byte[] key = SecretBoxTest.randomKey();

        byte[] found = SnmpSecretKey.resolve(Base64.getEncoder().encodeToString(key), data, () -> 5);

        assertArrayEquals(key, found);
        assertFalse(Files.exists(data.resolve("snmp.key")));
    }

    @Test
    void refusesAVariableThatIsNot32Bytes() {
        SecretsUnavailableException shortKey = assertThrows(SecretsUnavailableException.class,
                () -> SnmpSecretKey.resolve(Base64.getEncoder().encodeToString(new byte[16]), data, () -> 0));
        assertTrue(shortKey.getMessage().contains("16 bytes"), shortKey.getMessage());
        assertThrows(SecretsUnavailableException.class, () -> SnmpSecretKey.resolve("not base64!", data, () -> 0));
    }

    @Test
    void makesAPrivateKeyFileOnFirstNeedAndReadsItAfterwards() throws Exception {
        byte[] made = SnmpSecretKey.resolve(null, data, () -> 0);

        Path file = data.resolve("snmp.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, made.length);
        assertArrayEquals(made, SnmpSecretKey.resolve("", data, () -> 3), "the file is read, not replaced");
        try (var leftovers = Files.list(data)) {
            assertEquals(1, leftovers.count(), "no temporary file left behind");
        }
    }

    @Test
    void neverMakesANewKeyWhileSealedSecretsExist() {
        SecretsUnavailableException missing = assertThrows(SecretsUnavailableException.class,
                () -> SnmpSecretKey.resolve(null, data, () -> 4));

        assertTrue(missing.getMessage().contains("PSARCHIVE_SNMP_KEY") && missing.getMessage().contains("4 secret(s)"),
                missing.getMessage());
        assertFalse(Files.exists(data.resolve("snmp.key")));
    }

    @Test
    void aCorruptKeyFileIsAClearError() throws Exception {
        Files.writeString(data.resolve("snmp.key"), "c2hvcnQ=\n");

        SecretsUnavailableException corrupt = assertThrows(SecretsUnavailableException.class,
                () -> SnmpSecretKey.resolve(null, data, () -> 0));

        assertTrue(corrupt.getMessage().contains("snmp.key"), corrupt.getMessage());
    }
}
