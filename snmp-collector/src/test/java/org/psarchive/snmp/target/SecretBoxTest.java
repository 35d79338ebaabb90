package org.psarchive.snmp.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final TargetName ROUTER = new TargetName("router-1");
    private final SecretBox box = new SecretBox(randomKey());

    @Test
    void opensWhatItSealedAndHidesTheSecret() {
        String sealed = box.seal(ROUTER, SecretField.COMMUNITY, "s3cret-community");

        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("s3cret"), sealed);
        assertEquals("s3cret-community", box.open(ROUTER, SecretField.COMMUNITY, sealed));
    }

    @Test
    void sealsEachValueWithAFreshNonce() {
        Set<String> nonces = new HashSet<>();
        Set<String> sealedTexts = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String sealed = box.seal(ROUTER, SecretField.AUTH_PASSWORD, "same password");
            sealedTexts.add(sealed);
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
            nonces.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, 12)));
        }
        assertEquals(1000, nonces.size(), "a nonce repeated");
        assertEquals(1000, sealedTexts.size(), "the same secret sealed twice looked the same");
    }

    @Test
    void aSecretDoesNotOpenUnderAnotherTargetOrField() {
        String sealed = box.seal(ROUTER, SecretField.AUTH_PASSWORD, "authpass123");

        SecretsUnavailableException otherTarget = assertThrows(SecretsUnavailableException.class,
                () -> box.open(new TargetName("router-2"), SecretField.AUTH_PASSWORD, sealed));
        assertThrows(SecretsUnavailableException.class, () -> box.open(ROUTER, SecretField.PRIV_PASSWORD, sealed));
        assertTrue(otherTarget.getMessage().contains("router-2"), otherTarget.getMessage());
    }

    @Test
    void theWrongKeyFailsWithAMessageNamingTheKeyAndNotTheSecret() {
        String sealed = box.seal(ROUTER, SecretField.PRIV_PASSWORD, "privpass123");

        SecretsUnavailableException wrong = assertThrows(SecretsUnavailableException.class,
                () -> new SecretBox(randomKey()).open(ROUTER, SecretField.PRIV_PASSWORD, sealed));

        assertTrue(wrong.getMessage().contains("PSARCHIVE_SNMP_KEY") && wrong.getMessage().contains("snmp.key"),
                wrong.getMessage());
        assertFalse(wrong.getMessage().contains("privpass123"));
        assertEquals(503, wrong.status());
    }

    @Test
    void aTamperedOrForeignTextFailsClearly() {
        String sealed = box.seal(ROUTER, SecretField.COMMUNITY, "public");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThrows(SecretsUnavailableException.class, () -> box.open(ROUTER, SecretField.COMMUNITY, tampered));
        assertThrows(SecretsUnavailableException.class, () -> box.open(ROUTER, SecretField.COMMUNITY, "public"));
        assertThrows(SecretsUnavailableException.class, () -> box.open(ROUTER, SecretField.COMMUNITY, "v1:%%%"));
        assertThrows(SecretsUnavailableException.class, () -> box.open(ROUTER, SecretField.COMMUNITY, "v1:AAAA"));
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
        assertNotEquals(SecretBox.associatedData(new TargetName("a"), SecretField.COMMUNITY).length,
                SecretBox.associatedData(new TargetName("ab"), SecretField.COMMUNITY).length);
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        ThreadLocalRandom.current().nextBytes(key);
        return key;
    }
}
