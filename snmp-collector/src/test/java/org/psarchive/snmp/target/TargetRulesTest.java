package org.psarchive.snmp.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.PrivProtocol;
import org.psarchive.snmp.client.SecurityLevel;

class TargetRulesTest {

    private static final TargetName NAME = new TargetName("edge-1");
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-02T00:00:00Z");
    private final List<String> sealed = new ArrayList<>();
    private final TargetRules.Sealer sealer = (field, secret) -> {
        sealed.add(field.wireName());
        return "sealed(" + field.wireName() + "," + secret + ")";
    };

    @Test
    void aV2cTargetGetsTheDefaults() {
        StoredTarget target = create(new Changes().host("192.0.2.1").community("public"));

        assertEquals(SnmpVersion.V2C, target.version());
        assertEquals(161, target.port());
        assertEquals(30, target.intervalSeconds());
        assertTrue(target.enabled());
        assertEquals("sealed(community,public)", target.secrets().community());
        assertNull(target.securityLevel());
        assertEquals(T0, target.created());
    }

    @Test
    void theV3SecurityLevelFollowsFromTheCredentials() {
        assertEquals(SecurityLevel.NO_AUTH_NO_PRIV, create(new Changes().host("r").user("u")).securityLevel());
        assertEquals(SecurityLevel.AUTH_NO_PRIV,
                create(new Changes().host("r").user("u").auth(AuthProtocol.SHA_512, "authpass1")).securityLevel());
        StoredTarget authPriv = create(new Changes().host("r").user("u").auth(AuthProtocol.SHA, "authpass1")
                .priv(PrivProtocol.AES_256, "privpass1"));
        assertEquals(SecurityLevel.AUTH_PRIV, authPriv.securityLevel());
        assertEquals(List.of("auth-password", "priv-password"), sealed.subList(sealed.size() - 2, sealed.size()));
    }

    @Test
    void refusesBadFieldsNamingTheField() {
        assertRefused("'host'", new Changes().community("c"));
        assertRefused("'host'", new Changes().host("-bad-.example").community("c"));
        assertRefused("'host'", new Changes().host("256.1.1.1").community("c"));
        assertRefused("'host'", new Changes().host("2001:db8::zz").community("c"));
        assertRefused("'port'", new Changes().host("r").community("c").port(0));
        assertRefused("'port'", new Changes().host("r").community("c").port(65536));
        assertRefused("'interval'", new Changes().host("r").community("c").interval(4));
        assertRefused("'include'", new Changes().host("r").community("c").include(""));
        assertRefused("'community'", new Changes().host("r").community(""));
        assertRefused("'community' (SNMP v2c) or 'user'", new Changes().host("r"));
        assertRefused("'auth-password'", new Changes().host("r").user("u").auth(AuthProtocol.SHA, "short"));
        assertRefused("'auth-password' is required", new Changes().host("r").user("u").auth(AuthProtocol.SHA, null));
        assertRefused("'auth-protocol' is required", new Changes().host("r").user("u").auth(null, "authpass1"));
        assertRefused("noAuthPriv", new Changes().host("r").user("u").priv(PrivProtocol.AES_128, "privpass1"));
        assertRefused("'priv-password' is required", new Changes().host("r").user("u")
                .auth(AuthProtocol.SHA, "authpass1").priv(PrivProtocol.AES_128, null));
        assertRefused("not both", new Changes().host("r").community("c").user("u"));
        assertRefused("for SNMP v3", new Changes().host("r").version(SnmpVersion.V2C).community("c").user("u"));
        assertRefused("'user' is required", new Changes().host("r").version(SnmpVersion.V3));
        assertTrue(sealed.stream().noneMatch(field -> field.equals("x")));
    }

    @Test
    void acceptsHostsOfEveryKindInCanonicalForm() {
        assertEquals("192.0.2.1", create(new Changes().host("192.0.2.1").community("c")).host().value());
        assertEquals("2001:db8::1", create(new Changes().host("2001:DB8:0:0:0:0:0:1").community("c")).host().value());
        assertEquals("::1", create(new Changes().host("[::1]").community("c")).host().value());
        assertEquals("core-1.example.org", create(new Changes().host("Core-1.Example.org.").community("c")).host().value());
        assertEquals("localhost", create(new Changes().host("localhost").community("c")).host().value());
    }

    @Test
    void namesAreLikeHostLabels() {
        new TargetName("a");
        new TargetName("Router_1.site-A");
        new TargetName("x".repeat(64));
        assertThrows(InvalidInputException.class, () -> new TargetName("x".repeat(65)));
        assertThrows(InvalidInputException.class, () -> new TargetName(".."));
        assertThrows(InvalidInputException.class, () -> new TargetName("a/b"));
        assertThrows(InvalidInputException.class, () -> new TargetName("a b"));
        assertThrows(InvalidInputException.class, () -> new TargetName(""));
    }

    @Test
    void anUpdateKeepsWhatItDoesNotGiveAndNeverReseals() {
        StoredTarget old = create(new Changes().host("r").user("u").auth(AuthProtocol.SHA, "authpass1")
                .priv(PrivProtocol.AES_128, "privpass1").include("xe-*"));
        sealed.clear();

        StoredTarget updated = TargetRules.apply(NAME, old, new Changes().interval(60).build(), sealer, T1);

        assertEquals(List.of(), sealed, "no secret given, none sealed");
        assertEquals(old.secrets(), updated.secrets());
        assertEquals(60, updated.intervalSeconds());
        assertEquals(List.of("xe-*"), updated.include());
        assertEquals(T0, updated.created());
        assertEquals(T1, updated.updated());
    }

    @Test
    void anUpdateReplacesOnlyTheSecretGiven() {
        StoredTarget old = create(new Changes().host("r").user("u").auth(AuthProtocol.SHA, "authpass1")
                .priv(PrivProtocol.AES_128, "privpass1"));

        StoredTarget updated = TargetRules.apply(NAME, old, new Changes().privPassword("privpass2").build(), sealer, T1);

        assertEquals(old.secrets().authPassword(), updated.secrets().authPassword());
        assertEquals("sealed(priv-password,privpass2)", updated.secrets().privPassword());
    }

    @Test
    void removingPrivacyOrSwitchingVersionDropsTheirSecrets() {
        StoredTarget v3 = create(new Changes().host("r").user("u").auth(AuthProtocol.SHA, "authpass1")
                .priv(PrivProtocol.AES_128, "privpass1"));

        StoredTarget authOnly = TargetRules.apply(NAME, v3, new Changes().noPriv().build(), sealer, T1);
        assertEquals(SecurityLevel.AUTH_NO_PRIV, authOnly.securityLevel());
        assertNull(authOnly.secrets().privPassword());

        StoredTarget v2c = TargetRules.apply(NAME, v3, new Changes().community("public").build(), sealer, T1);
        assertEquals(SnmpVersion.V2C, v2c.version());
        assertEquals(1, v2c.secrets().count());
        assertNull(v2c.user());

        assertRefused("'user' is required", v2c, new Changes().version(SnmpVersion.V3));
        assertRefused("this target uses v2c", v2c, new Changes().authPassword("authpass1"));
    }

    @Test
    void changesNeverPrintTheirSecrets() {
        String text = new Changes().host("r").user("u").auth(AuthProtocol.SHA, "topsecret1").build().toString();
        assertTrue(text.contains("auth-password") && !text.contains("topsecret1"), text);
    }

    private StoredTarget create(Changes changes) {
        return TargetRules.apply(NAME, null, changes.build(), sealer, T0);
    }

    private void assertRefused(String expected, Changes changes) {
        assertRefused(expected, null, changes);
    }

    private void assertRefused(String expected, StoredTarget old, Changes changes) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> TargetRules.apply(NAME, old, changes.build(), sealer, T0), changes.build()::toString);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    /** A builder of TargetChanges for these tests. */
    private static final class Changes {
        String host;
        Integer port;
        SnmpVersion version;
        String community;
        String user;
        Optional<AuthProtocol> auth;
        String authPassword;
        Optional<PrivProtocol> priv;
        String privPassword;
        Integer interval;
        List<String> include;

        Changes host(String value) { host = value; return this; }
        Changes port(int value) { port = value; return this; }
        Changes version(SnmpVersion value) { version = value; return this; }
        Changes community(String value) { community = value; return this; }
        Changes user(String value) { user = value; return this; }
        Changes interval(int value) { interval = value; return this; }
        Changes include(String... globs) { include = List.of(globs); return this; }
        Changes privPassword(String value) { privPassword = value; return this; }
        Changes authPassword(String value) { authPassword = value; return this; }
        Changes noPriv() { priv = Optional.empty(); return this; }

        Changes auth(AuthProtocol protocol, String password) {
            auth = Optional.ofNullable(protocol);
            authPassword = password;
            return this;
        }

        Changes priv(PrivProtocol protocol, String password) {
            priv = Optional.ofNullable(protocol);
            privPassword = password;
            return this;
        }

        TargetChanges build() {
            return new TargetChanges(host, port, version, community, user, auth, authPassword, priv, privPassword,
                    interval, include, null, null);
        }
    }
}
