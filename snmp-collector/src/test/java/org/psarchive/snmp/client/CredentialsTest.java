package org.psarchive.snmp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void theSecurityLevelFollowsFromWhatIsGiven() {
        assertEquals(SecurityLevel.NO_AUTH_NO_PRIV, UsmUser.noAuthNoPriv("u").securityLevel());
        assertEquals(SecurityLevel.AUTH_NO_PRIV,
                UsmUser.authNoPriv("u", AuthProtocol.SHA_256, "12345678").securityLevel());
        assertEquals(SecurityLevel.AUTH_PRIV, UsmUser.authPriv("u", AuthProtocol.SHA_512, "12345678",
                PrivProtocol.AES_256, "abcdefgh").securityLevel());
    }

    @Test
    void refusesPrivacyWithoutAuthenticationAndShortPassPhrases() {
        assertThrows(IllegalArgumentException.class,
                () -> new UsmUser("u", null, null, PrivProtocol.AES_128, "abcdefgh"));
        assertThrows(IllegalArgumentException.class, () -> UsmUser.authNoPriv("u", AuthProtocol.SHA, "short"));
        assertThrows(IllegalArgumentException.class, () -> new UsmUser("u", AuthProtocol.SHA, null, null, null));
    }

    @Test
    void secretsNeverShowInText() {
        SnmpTarget v3 = new SnmpTarget("192.0.2.1", 161, Duration.ofSeconds(2), 1, UsmUser.authPriv("monitor",
                AuthProtocol.SHA, "auth-secret", PrivProtocol.AES_128, "priv-secret"));
        SnmpTarget v2c = v3.withCredentials(new Community("community-secret"));

        assertFalse(v3.toString().contains("secret"), v3.toString());
        assertTrue(v3.toString().contains("monitor"));
        assertFalse(v2c.toString().contains("secret"), v2c.toString());
    }

    @Test
    void aTargetsLongestWaitIsItsTimeoutTimesItsAttempts() {
        SnmpTarget target = new SnmpTarget("2001:db8::1", 161, Duration.ofMillis(1500), 2, new Community("c"));

        assertEquals(Duration.ofMillis(4500), target.maxWait());
        assertThrows(IllegalArgumentException.class,
                () -> new SnmpTarget("h", 0, Duration.ofSeconds(1), 0, new Community("c")));
        assertThrows(IllegalArgumentException.class,
                () -> new SnmpTarget("h", 161, Duration.ZERO, 0, new Community("c")));
    }

    @Test
    void aTimeoutExplainsAWrongCommunityOnlyForV2c() {
        assertTrue(SnmpFailure.TIMEOUT.explanation(new Community("c")).contains("community is wrong"));
        assertFalse(SnmpFailure.TIMEOUT.explanation(UsmUser.noAuthNoPriv("u")).contains("community"));
    }
}
