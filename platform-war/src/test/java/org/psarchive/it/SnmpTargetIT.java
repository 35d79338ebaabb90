package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/admin/snmp/targets} on the deployed platform, with live tests against a real net-snmp snmpd
 * on loopback that this class starts (and stops). Each test makes its own targets (random names).
 */
class SnmpTargetIT extends DeployedPlatformTest {

    private static final String TARGETS = "api/admin/snmp/targets";
    private static Snmpd snmpd;

    @BeforeAll
    static void startAgent() {
        assertTrue(Snmpd.installed(), "net-snmp's snmpd is missing: bin/test installs it (apt-get install snmpd snmp); these tests never skip");
        snmpd = Snmpd.start();
    }

    @AfterAll
    static void stopAgent() {
        if (snmpd != null) {
            snmpd.close();
        }
    }

    @Test
    void createsShowsUpdatesAndDeletesATargetWithoutEverAnsweringASecret() {
        String name = unique("life");

        HttpResponse<String> created = admin.send("POST", TARGETS, v3Body(name, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD)
                .replace("}", ",\"include\":[\"lo\",\"eth*\"],\"exclude\":[\"*.32767\"],\"interval\":60}"));

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/" + TARGETS + "/" + name));
        JsonObject target = Http.object(created);
        assertEquals("v3", target.getString("version"));
        assertEquals("authPriv", target.getString("security-level"));
        assertEquals("SHA", target.getString("auth-protocol"));
        assertEquals("AES", target.getString("priv-protocol"));
        assertTrue(target.getBoolean("has-auth-password") && target.getBoolean("has-priv-password"));
        assertFalse(target.getBoolean("has-community"));
        assertEquals(60, target.getInt("interval"));
        assertEquals("[\"lo\",\"eth*\"]", target.getJsonArray("include").toString());
        assertNoSecretIn(created.body());

        HttpResponse<String> patched = admin.send("PATCH", TARGETS + "/" + name,
                "{\"priv-protocol\":null,\"interval\":5,\"port\":" + (snmpd.port() + 1) + "}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject updated = Http.object(patched);
        assertEquals("authNoPriv", updated.getString("security-level"));
        assertFalse(updated.getBoolean("has-priv-password"));
        assertTrue(updated.getBoolean("has-auth-password"), "a secret not given is kept");
        assertEquals(5, updated.getInt("interval"));
        assertEquals(target.getString("created"), updated.getString("created"));

        HttpResponse<String> listed = admin.send("GET", TARGETS, null);
        assertEquals(200, listed.statusCode());
        assertTrue(((JsonArray) Http.structure(listed)).getValuesAs(JsonObject.class).stream()
                .anyMatch(each -> each.getString("name").equals(name) && each.getInt("port") == snmpd.port() + 1));
        assertNoSecretIn(listed.body());

        assertFalse(Http.object(admin.send("POST", TARGETS + "/" + name + "/disable", null)).getBoolean("enabled"));
        assertFalse(Http.object(admin.send("GET", TARGETS + "/" + name, null)).getBoolean("enabled"));
        assertTrue(Http.object(admin.send("POST", TARGETS + "/" + name + "/enable", null)).getBoolean("enabled"));

        assertEquals(204, admin.send("DELETE", TARGETS + "/" + name, null).statusCode());
        assertEquals(404, admin.send("GET", TARGETS + "/" + name, null).statusCode());
        assertEquals(404, admin.send("DELETE", TARGETS + "/" + name, null).statusCode());
    }

    @Test
    void refusesBadInputWithAProblemNamingTheField() {
        String name = unique("bad");
        assertProblem(400, "'port'", admin.send("POST", TARGETS, v2cBody(name).replace("}", ",\"port\":0}")));
        assertProblem(400, "'host'", admin.send("POST", TARGETS, "{\"name\":\"" + name + "\",\"host\":\"a..b\",\"community\":\"c\"}"));
        assertProblem(400, "'interval'", admin.send("POST", TARGETS, v2cBody(name).replace("}", ",\"interval\":4}")));
        assertProblem(400, "'name'", admin.send("POST", TARGETS, v2cBody("no/slash")));
        assertProblem(400, "'auth-protocol'", admin.send("POST", TARGETS, v3Body(name, "authpass1", "privpass1")
                .replace("\"SHA\"", "\"MD5\"")));
        assertProblem(400, "'auth-password'", admin.send("POST", TARGETS, v3Body(name, "short", "privpass1")));
        assertProblem(400, "'colour'", admin.send("POST", TARGETS, v2cBody(name).replace("}", ",\"colour\":1}")));
        assertEquals(404, admin.send("GET", TARGETS + "/" + name, null).statusCode(), "nothing was stored");

        assertEquals(201, admin.send("POST", TARGETS, v2cBody(name)).statusCode());
        assertProblem(409, name, admin.send("POST", TARGETS, v2cBody(name)));
        assertProblem(400, "'community'", admin.send("PATCH", TARGETS + "/" + name, "{\"community\":\"\"}"));
        assertProblem(404, "No SNMP target", admin.send("PATCH", TARGETS + "/" + unique("none"), "{\"port\":162}"));
    }

    @Test
    void acceptsAMergePatchMediaTypeAndSwitchesVersionWithTheCredentialsGiven() {
        String name = unique("merge");
        assertEquals(201, admin.send("POST", TARGETS, v3Body(name, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD)).statusCode());

        HttpResponse<String> patched = http.send(HttpRequest.newBuilder(http.base().resolve(TARGETS + "/" + name))
                .header("Authorization", "Token " + admin.token())
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"community\":\"" + Snmpd.COMMUNITY + "\"}")));

        assertEquals(200, patched.statusCode(), patched.body());
        JsonObject target = Http.object(patched);
        assertEquals("v2c", target.getString("version"));
        assertTrue(target.isNull("user") && target.isNull("security-level"), patched.body());
        assertTrue(target.getBoolean("has-community"));
        assertFalse(target.getBoolean("has-auth-password") || target.getBoolean("has-priv-password"), patched.body());
        assertEquals(200, admin.send("POST", TARGETS + "/" + name + "/test", null).statusCode(), "the v2c credentials work");
    }

    @Test
    void refusesCallersWithoutTheAdminToken() {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(http.base().resolve(TARGETS)).GET());

        assertEquals(401, anonymous.statusCode());
    }

    @Test
    void testsAV2cTargetAgainstARealAgent() {
        String name = unique("v2c");
        assertEquals(201, admin.send("POST", TARGETS, v2cBody(name)).statusCode());

        HttpResponse<String> tested = admin.send("POST", TARGETS + "/" + name + "/test", null);

        assertEquals(200, tested.statusCode(), tested.body());
        JsonObject agent = Http.object(tested);
        assertFalse(agent.getString("sys-name").isBlank(), tested.body());
        assertTrue(agent.getString("sys-descr").startsWith("Linux"), tested.body());
        assertTrue(agent.getJsonNumber("sys-uptime").doubleValue() > 0, tested.body());
        assertTrue(agent.getInt("interfaces") >= 1, tested.body());
        assertTrue(agent.getBoolean("hc-counters"), "net-snmp serves ifHCInOctets: " + tested.body());
    }

    @Test
    void testsAV3AuthPrivTargetAgainstARealAgent() {
        String name = unique("v3");
        assertEquals(201, admin.send("POST", TARGETS, v3Body(name, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD)).statusCode());

        HttpResponse<String> tested = admin.send("POST", TARGETS + "/" + name + "/test", null);

        assertEquals(200, tested.statusCode(), tested.body());
        assertTrue(Http.object(tested).getInt("interfaces") >= 1, tested.body());
    }

    @Test
    void aWrongCommunityIsATimeoutWithTheOperatorsSentence() {
        String name = unique("wrong-community");
        assertEquals(201, admin.send("POST", TARGETS, v2cBody(name).replace(Snmpd.COMMUNITY, "not-the-community")).statusCode());

        HttpResponse<String> tested = admin.send("POST", TARGETS + "/" + name + "/test", null);

        assertProblem(502, "no answer: the agent is down, the port is closed, or the community is wrong", tested);
        assertFalse(tested.body().contains("not-the-community"), tested.body());
    }

    @Test
    void aWrongAuthPasswordOrUnknownUserIsSaidSo() {
        String wrongAuth = unique("wrong-auth");
        String unknownUser = unique("unknown-user");
        assertEquals(201, admin.send("POST", TARGETS, v3Body(wrongAuth, "not-the-password", Snmpd.PRIV_PASSWORD)).statusCode());
        assertEquals(201, admin.send("POST", TARGETS, v3Body(unknownUser, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD)
                .replace("\"" + Snmpd.USER + "\"", "\"nobody\"")).statusCode());

        assertProblem(502, "wrong authentication password", admin.send("POST", TARGETS + "/" + wrongAuth + "/test", null));
        assertProblem(502, "does not know this SNMPv3 user", admin.send("POST", TARGETS + "/" + unknownUser + "/test", null));
    }

    @Test
    void aDumpOfTheDatabaseDoesNotRevealTheSecrets() throws SQLException {
        String name = unique("dump");
        assertEquals(201, admin.send("POST", TARGETS, v3Body(name, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD)).statusCode());

        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement select = connection.prepareStatement("SELECT * FROM snmp_target WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                StringBuilder dump = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    dump.append(row.getString(i)).append('|');
                }
                assertNoSecretIn(dump.toString());
                assertTrue(row.getString("auth_password").startsWith("v1:") && row.getString("priv_password").startsWith("v1:"),
                        dump.toString());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static String v2cBody(String name) {
        return "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":" + port() + ",\"community\":\""
                + Snmpd.COMMUNITY + "\"}";
    }

    private static String v3Body(String name, String authPassword, String privPassword) {
        return "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":" + port() + ",\"user\":\"" + Snmpd.USER
                + "\",\"auth-protocol\":\"SHA\",\"auth-password\":\"" + authPassword
                + "\",\"priv-protocol\":\"AES\",\"priv-password\":\"" + privPassword + "\"}";
    }

    private static int port() {
        return snmpd.port();
    }

    private static void assertProblem(int status, String inDetail, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        String detail = Http.object(response).getString("detail");
        assertTrue(detail.contains(inDetail), detail);
    }

    static void assertNoSecretIn(String text) {
        for (String secret : new String[] {Snmpd.COMMUNITY, Snmpd.AUTH_PASSWORD, Snmpd.PRIV_PASSWORD}) {
            assertFalse(text.contains(secret), "a secret in: " + text);
        }
    }

    private static String unique(String prefix) {
        return "it-" + prefix + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
