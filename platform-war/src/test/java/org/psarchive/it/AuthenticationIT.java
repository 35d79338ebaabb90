package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The authentication matrix against the platform on MariaDB: keys, the legacy header, permissions,
 * IPv4 and IPv6 accounts, most-specific match, X-Forwarded-For from untrusted and trusted peers.
 * The platform runs with PSARCHIVE_TRUSTED_PROXIES=127.0.0.2/32 (platform-war/pom.xml).
 */
class AuthenticationIT extends DeployedPlatformTest {

    private static final String TRUSTED_PROXY = "127.0.0.2";

    @Test
    void rejectsAWriteWithoutCredentialsWithTokenChallenge() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve("api/admin/accounts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}")));

        assertEquals(401, response.statusCode());
        assertEquals("Token", response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("Authentication credentials were not provided.", Http.object(response).getString("detail"));
    }

    @Test
    void acceptsAGoodKeyAndReportsTheAccount() {
        String name = unique("host");
        String key = admin.createAccount(name, "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");

        JsonObject me = whoAmI("Token " + key);

        assertEquals(name, me.getString("account"));
        assertEquals("token", me.getString("via"));
        assertEquals(Json.createArrayBuilder().add("metadata-post").add("timeseries-post").build(), me.getJsonArray("permissions"));
        assertTrue(key.matches("[0-9a-f]{40}"), key);
    }

    @Test
    void rejectsABadKeyWith401EvenFromAnAddressThatWouldMatch() {
        int block = AdminClient.freshLoopbackBlock();
        String name = unique("ip-host");
        admin.createAccount(name, "[\"metadata-post\"]", false);
        admin.addRanges(name, "127." + block + ".0.0/16");

        RawHttp.Answer withBadKey = RawHttp.send("127." + block + ".0.1", "127.0.0.1", http.base().getPort(), "GET",
                "/api/auth/whoami", Map.of("Authorization", "Token " + "0".repeat(40)), null);
        RawHttp.Answer withoutKey = RawHttp.send("127." + block + ".0.1", "127.0.0.1", http.base().getPort(), "GET",
                "/api/auth/whoami", Map.of(), null);

        assertEquals(401, withBadKey.status(), withBadKey.body());
        assertTrue(withBadKey.body().contains("Invalid token."), withBadKey.body());
        assertEquals(200, withoutKey.status(), withoutKey.body());
    }

    @Test
    void rejectsABadKeyOnAnonymousReadsToo() {
        HttpResponse<String> anonymous = http.get("api/platform");
        HttpResponse<String> badKey = http.send(HttpRequest.newBuilder(http.base().resolve("api/platform"))
                .header("Authorization", "Token " + "f".repeat(40)).GET());

        assertEquals(200, anonymous.statusCode());
        assertEquals(401, badKey.statusCode());
    }

    @Test
    void acceptsTheLegacyApiKeyHeaderOnlyWithTheRightAccount() {
        String name = unique("legacy");
        String key = admin.createAccount(name, "[\"timeseries-post\"]", true).getString("key");
        String other = unique("other");
        admin.createAccount(other, "[]", true);

        assertEquals(name, whoAmI("ApiKey " + name + ":" + key).getString("account"));
        assertEquals(401, whoAmIStatus("ApiKey " + other + ":" + key));
    }

    @Test
    void acceptsBasicCredentialsAsTheHttpArchiverCarriesThem() {
        String name = unique("basic");
        String key = admin.createAccount(name, "[\"metadata-post\"]", true).getString("key");
        String good = java.util.Base64.getEncoder().encodeToString((name + ":" + key).getBytes(StandardCharsets.UTF_8));
        String wrongAccount = java.util.Base64.getEncoder().encodeToString(("x:" + key).getBytes(StandardCharsets.UTF_8));

        assertEquals(name, whoAmI("Basic " + good).getString("account"));
        assertEquals(401, whoAmIStatus("Basic " + wrongAccount));
        assertEquals(401, whoAmIStatus("Basic not-base64!"));
    }

    @Test
    void refusesAnAccountWithoutThePermissionWith403() {
        String key = admin.createAccount(unique("poster"), "[\"metadata-post\"]", true).getString("key");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve("api/admin/accounts"))
                .header("Authorization", "Token " + key).GET());

        assertEquals(403, response.statusCode());
        assertTrue(Http.object(response).getString("detail").contains("'admin' permission"));
    }

    @Test
    void matchesAnIpv4AccountByCidr() {
        int block = AdminClient.freshLoopbackBlock();
        String name = unique("v4");
        admin.createAccount(name, "[\"metadata-post\"]", false);
        admin.addRanges(name, "127." + block + ".3.0/24");

        JsonObject me = rawWhoAmI("127." + block + ".3.77", Map.of());

        assertEquals(name, me.getString("account"));
        assertEquals("ip", me.getString("via"));
        assertEquals(401, RawHttp.send("127." + block + ".4.1", "127.0.0.1", http.base().getPort(), "GET",
                "/api/auth/whoami", Map.of(), null).status(), "outside the range");
    }

    @Test
    void matchesAnIpv6AccountOverIpv6Loopback() {
        String name = unique("v6");
        admin.createAccount(name, "[\"timeseries-post\"]", false);
        admin.addRanges(name, "::1");
        try {
            RawHttp.Answer answer = RawHttp.send("::1", "::1", http.base().getPort(), "GET", "/api/auth/whoami", Map.of(), null);

            assertEquals(200, answer.status(), answer.body());
            JsonObject me = parse(answer.body());
            assertEquals(name, me.getString("account"));
            assertEquals("ip", me.getString("via"));
        } finally {
            admin.send("DELETE", "api/admin/accounts/" + name, null);
        }
    }

    @Test
    void aRemovedRangeOrADisabledIpAccountNoLongerAuthenticatesAtOnce() {
        int block = AdminClient.freshLoopbackBlock();
        String name = unique("ipgone");
        admin.createAccount(name, "[\"metadata-post\"]", false);
        admin.addRanges(name, "127." + block + ".7.0/24", "127." + block + ".8.0/24");
        String inFirst = "127." + block + ".7.1";
        String inSecond = "127." + block + ".8.1";
        assertEquals(name, rawWhoAmI(inFirst, Map.of()).getString("account")); // the server now holds these briefly
        assertEquals(name, rawWhoAmI(inSecond, Map.of()).getString("account"));

        assertEquals(200, admin.send("DELETE", "api/admin/accounts/" + name + "/ip-ranges?cidr=127." + block + ".7.0/24",
                null).statusCode());
        assertEquals(401, rawWhoAmIStatus(inFirst), "the removed range");
        assertEquals(name, rawWhoAmI(inSecond, Map.of()).getString("account"));
        assertEquals(200, admin.send("POST", "api/admin/accounts/" + name + "/disable", null).statusCode());
        assertEquals(401, rawWhoAmIStatus(inSecond), "the disabled account");
    }

    private int rawWhoAmIStatus(String from) {
        return RawHttp.send(from, "127.0.0.1", http.base().getPort(), "GET", "/api/auth/whoami", Map.of(), null).status();
    }

    @Test
    void theMostSpecificRangeWins() {
        int block = AdminClient.freshLoopbackBlock();
        String wide = unique("wide");
        String narrow = unique("narrow");
        admin.createAccount(wide, "[\"metadata-post\"]", false);
        admin.createAccount(narrow, "[\"timeseries-post\"]", false);
        admin.addRanges(wide, "127." + block + ".0.0/16");
        admin.addRanges(narrow, "127." + block + ".5.0/24");

        assertEquals(narrow, rawWhoAmI("127." + block + ".5.9", Map.of()).getString("account"));
        assertEquals(wide, rawWhoAmI("127." + block + ".6.9", Map.of()).getString("account"));
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() {
        int block = AdminClient.freshLoopbackBlock();
        String name = unique("spoofed");
        admin.createAccount(name, "[\"admin\"]", false);
        admin.addRanges(name, "127." + block + ".0.9");

        RawHttp.Answer spoofed = RawHttp.send("127.0.0.1", "127.0.0.1", http.base().getPort(), "GET", "/api/auth/whoami",
                Map.of("X-Forwarded-For", "127." + block + ".0.9"), null);

        assertEquals(401, spoofed.status(), spoofed.body());
    }

    @Test
    void believesForwardedForFromATrustedProxy() {
        int block = AdminClient.freshLoopbackBlock();
        String name = unique("proxied");
        admin.createAccount(name, "[\"metadata-post\"]", false);
        admin.addRanges(name, "127." + block + ".0.9");

        JsonObject me = rawWhoAmIFrom(TRUSTED_PROXY, Map.of("X-Forwarded-For", "198.51.100.7, 127." + block + ".0.9"));

        assertEquals(name, me.getString("account"), "the right-most untrusted hop is the client");
    }

    @Test
    void aDisabledAccountNoLongerAuthenticates() {
        String name = unique("disabled");
        String key = admin.createAccount(name, "[\"metadata-post\"]", true).getString("key");
        assertEquals(200, whoAmIStatus("Token " + key)); // the server now holds this caller briefly

        assertEquals(200, admin.send("POST", "api/admin/accounts/" + name + "/disable", null).statusCode());
        assertEquals(401, whoAmIStatus("Token " + key));
        assertEquals(200, admin.send("POST", "api/admin/accounts/" + name + "/enable", null).statusCode());
        assertEquals(200, whoAmIStatus("Token " + key));
    }

    @Test
    void aRotatedKeyReplacesTheOldOneAtOnce() {
        String name = unique("rotated");
        String old = admin.createAccount(name, "[\"metadata-post\"]", true).getString("key");
        assertEquals(200, whoAmIStatus("Token " + old)); // the server now holds this caller briefly

        HttpResponse<String> rotated = admin.send("POST", "api/admin/accounts/" + name + "/rotate-key", null);
        String fresh = Http.object(rotated).getString("key");

        assertNotEquals(old, fresh);
        assertEquals(401, whoAmIStatus("Token " + old));
        assertEquals(200, whoAmIStatus("Token " + fresh));
    }

    @Test
    void changedPermissionsApplyToTheNextRequest() {
        String name = unique("regranted");
        String key = admin.createAccount(name, "[\"metadata-post\"]", true).getString("key");
        assertEquals(List.of("metadata-post"), permissionsOf(whoAmI("Token " + key)));

        assertEquals(200, admin.send("PUT", "api/admin/accounts/" + name + "/permissions",
                "{\"permissions\":[\"timeseries-post\"]}").statusCode());
        assertEquals(List.of("timeseries-post"), permissionsOf(whoAmI("Token " + key)));

        assertEquals(200, admin.send("DELETE", "api/admin/accounts/" + name + "/key", null).statusCode());
        assertEquals(401, whoAmIStatus("Token " + key));
    }

    private static List<String> permissionsOf(JsonObject whoAmI) {
        return whoAmI.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString);
    }

    @Test
    void theKeyCannotBeRecoveredFromTheDatabase() throws Exception {
        String name = unique("hashed");
        String key = admin.createAccount(name, "[\"metadata-post\"]", true).getString("key");

        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement select = connection.prepareStatement("SELECT * FROM account WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    String value = row.getString(column);
                    assertFalse(value != null && value.contains(key), "column " + row.getMetaData().getColumnName(column));
                }
                String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(key.getBytes(StandardCharsets.US_ASCII)));
                assertEquals(sha256, row.getString("key_hash"));
            }
        }
        HttpResponse<String> shown = admin.send("GET", "api/admin/accounts/" + name, null);
        assertFalse(shown.body().contains(key), "a key is shown once, at creation");
    }

    @Test
    void aConflictingIpRangeAddsNothing() {
        int block = AdminClient.freshLoopbackBlock();
        String owner = unique("owner");
        String other = unique("grabber");
        admin.createAccount(owner, "[]", false);
        admin.createAccount(other, "[]", false);
        admin.addRanges(owner, "127." + block + ".1.0/24");

        HttpResponse<String> response = admin.send("POST", "api/admin/accounts/" + other + "/ip-ranges",
                "{\"cidrs\":[\"127." + block + ".2.0/24\",\"127." + block + ".1.0/24\"]}");

        assertEquals(409, response.statusCode(), response.body());
        assertTrue(Http.object(response).getString("detail").contains(owner));
        HttpResponse<String> ranges = admin.send("GET", "api/admin/ip-ranges?account=" + other, null);
        assertEquals("[]", ranges.body(), "whole or nothing");
    }

    @Test
    void refusesMalformedInputWithProblemDetails() {
        HttpResponse<String> hostBits = admin.send("POST", "api/admin/accounts/" + admin.createAccount(unique("bits"), "[]", false)
                .getString("name") + "/ip-ranges", "{\"cidrs\":[\"192.0.2.1/24\"]}");
        HttpResponse<String> badPermission = admin.send("POST", "api/admin/accounts",
                "{\"name\":\"" + unique("perm") + "\",\"permissions\":[\"root\"]}");
        HttpResponse<String> badName = admin.send("POST", "api/admin/accounts", "{\"name\":\"no spaces\"}");
        HttpResponse<String> notJson = admin.send("POST", "api/admin/accounts", "{\"name\":");

        assertEquals(400, hostBits.statusCode());
        assertTrue(Http.object(hostBits).getString("detail").contains("did you mean 192.0.2.0/24"), hostBits.body());
        assertEquals(400, badPermission.statusCode());
        assertEquals(400, badName.statusCode());
        assertEquals(400, notJson.statusCode());
    }

    @Test
    void recordsAdministrativeActionsInTheAuditLog() {
        String name = unique("audited");
        admin.createAccount(name, "[\"metadata-post\"]", true);
        admin.send("POST", "api/admin/accounts/" + name + "/disable", null);

        String audit = admin.send("GET", "api/admin/audit?limit=50", null).body();

        assertTrue(audit.contains("\"action\":\"account.create\",\"target\":\"" + name + "\""), audit);
        assertTrue(audit.contains("\"action\":\"account.disable\",\"target\":\"" + name + "\""), audit);
        assertTrue(audit.contains("\"actor\":\"local-admin@"), audit);
    }

    private JsonObject whoAmI(String authorization) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve("api/auth/whoami"))
                .header("Authorization", authorization).GET());
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private int whoAmIStatus(String authorization) {
        return http.send(HttpRequest.newBuilder(http.base().resolve("api/auth/whoami"))
                .header("Authorization", authorization).GET()).statusCode();
    }

    private JsonObject rawWhoAmI(String from, Map<String, String> headers) {
        return rawWhoAmIFrom(from, headers);
    }

    private JsonObject rawWhoAmIFrom(String from, Map<String, String> headers) {
        RawHttp.Answer answer = RawHttp.send(from, "127.0.0.1", http.base().getPort(), "GET", "/api/auth/whoami", headers, null);
        assertEquals(200, answer.status(), answer.body());
        return parse(answer.body());
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
