package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code registration}: arguments into request bodies and queries, and wrong arguments as usage errors. */
class RegistrationCommandTest {

    private static final JsonObject STORED = ApiJson.asObject(ApiJson.parse("""
            {"id":7,"site":"CERN-PROD","service-type":"net.perfSONAR.Bandwidth","host-name":"ps.cern.ch",
             "ipv4":"192.0.2.1","ipv6":null,"description":"old","beta":false,"production":true,"monitored":true,
             "communities":["WLCG"],"created":"2026-11-23T17:00:00Z","updated":"2026-11-23T17:00:00Z"}"""));

    @ParameterizedTest
    @ValueSource(strings = {"registration", "registration add", "registration list", "registration show",
        "registration update", "registration remove", "registration dual-stack", "registration site",
        "registration site add", "registration site list", "registration site show", "registration site update",
        "registration site remove"})
    void explainsEveryCommandWithHelp(String command) {
        Cli.Result result = Cli.run((command + " --help").split(" "));

        assertEquals(ExitCode.OK, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: psarchive-admin " + command + " "), result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "registration",                                                   // no verb
        "registration site",                                              // no verb
        "registration add --type net.perfSONAR.Bandwidth --host ps.example.org",  // no site
        "registration add --site S --host ps.example.org",                // no type
        "registration add --site S --type T",                             // no host
        "registration add --site S --type T --host h.example.org --beta=maybe",
        "registration show",                                              // no id
        "registration show seven",                                        // not a number
        "registration remove 1 2",                                        // one id too many
        "registration list --limit many",
        "registration site add CERN-PROD",                                // no country
        "registration site remove",                                       // no name
        "registration frobnicate"})
    void refusesWrongArgumentsAsUsageErrors(String line) {
        Cli.Result result = Cli.run(line.split(" "));

        assertEquals(ExitCode.USAGE, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("psarchive-admin: ") && result.err().contains("(hint: "), result.err());
        assertEquals("", result.out());
    }

    @Test
    void addSendsTheIdentityAndOnlyTheOptionsGiven() {
        RegistrationCommand.Add add = parse(new RegistrationCommand.Add(), "--site", "CERN-PROD", "--type",
                "net.perfSONAR.Latency", "--host", "ps-lat.cern.ch", "--ipv6", "2001:db8::1", "--no-monitored",
                "--community", "WLCG", "--community", "ATLAS");

        JsonObject body = add.fields.create(add.site, add.type, add.host);

        assertEquals(ApiJson.parse("""
                {"site":"CERN-PROD","service-type":"net.perfSONAR.Latency","host-name":"ps-lat.cern.ch",
                 "ipv6":"2001:db8::1","monitored":false,"communities":["WLCG","ATLAS"]}"""), body);
    }

    @Test
    void updateKeepsWhatIsNotGivenAndReplacesWhatIs() {
        RegistrationCommand.Update update = parse(new RegistrationCommand.Update(), "7", "--host", "ps2.cern.ch",
                "--beta", "--ipv4", "", "--community", "CMS");

        JsonObject body = update.fields.merge(STORED, update.site, update.type, update.host);

        assertEquals(ApiJson.parse("""
                {"site":"CERN-PROD","service-type":"net.perfSONAR.Bandwidth","host-name":"ps2.cern.ch","ipv4":"",
                 "description":"old","beta":true,"production":true,"monitored":true,"communities":["CMS"]}"""), body);
    }

    @Test
    void updateWithNoCommunitiesEmptiesThem() {
        RegistrationCommand.Update update = parse(new RegistrationCommand.Update(), "7", "--no-communities");

        JsonObject body = update.fields.merge(STORED, null, null, null);

        assertTrue(body.getJsonArray("communities").isEmpty());
        assertFalse(body.containsKey("id"), "the id is in the path, not the body");
        assertFalse(body.containsKey("created"));
    }

    @Test
    void siteUpdateRenamesAndKeepsTheRest() {
        JsonObject site = ApiJson.asObject(ApiJson.parse(
                "{\"name\":\"OLD\",\"country-code\":\"CH\",\"description\":\"Tier-2\",\"created\":\"x\",\"updated\":\"y\"}"));

        assertEquals(ApiJson.parse("{\"name\":\"NEW\",\"country-code\":\"CH\",\"description\":\"Tier-2\"}"),
                RegistrationCommand.SiteUpdate.merge(site, "NEW", null, null));
        assertEquals(ApiJson.parse("{\"name\":\"OLD\",\"country-code\":\"FR\",\"description\":\"\"}"),
                RegistrationCommand.SiteUpdate.merge(site, null, "FR", ""));
    }

    @Test
    void listPutsEveryFilterIntoTheQueryEncoded() {
        RegistrationCommand.ListAll list = parse(new RegistrationCommand.ListAll(), "--site", "CERN-PROD", "--type",
                "net.perfSONAR.Bandwidth", "--community", "Belle II", "--no-beta", "--production", "--limit", "10");

        assertEquals("api/registry/endpoints?limit=10&offset=0&site=CERN-PROD&service-type=net.perfSONAR.Bandwidth"
                + "&community=Belle+II&beta=false&production=true", list.query().toString());
    }

    @Test
    void showsFlagsAsGocdbDoes() {
        assertEquals("N/Y/Y", RegistrationView.flags(STORED));
    }

    private static <T> T parse(T command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
