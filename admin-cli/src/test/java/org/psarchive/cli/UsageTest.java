package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command explains itself with --help, and wrong arguments are usage errors (exit 2) on one line. */
class UsageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "status", "account", "account add", "account list", "account show", "account disable", "account enable",
        "account delete", "account rotate-key", "account revoke-key", "account set-permissions",
        "ip", "ip add", "ip remove", "ip list", "audit", "audit list",
        "add_api_key_user", "add_ps_metadata_post_user", "add_timeseries_post_user", "add_user_ip_address",
        "delete_user_ip_address", "list_user_ip_address",
        "target", "target add", "target list", "target show", "target update", "target remove", "target enable",
        "target disable", "target test"})
    void explainsEveryCommandWithHelp(String command) {
        Cli.Result result = Cli.run((command + " --help").split(" "));

        assertEquals(ExitCode.OK, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: psarchive-admin " + command + " "), result.out());
        assertEquals("", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "ip", "audit", "target"})
    void aNounWithoutAVerbIsAUsageError(String noun) {
        assertUsageError(noun);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "account add",                          // no name
        "account show",                         // no name
        "account show a b",                     // one name too many
        "account delete --bogus x",             // unknown option
        "account add x --format yaml",          // unknown format
        "account frobnicate x",                 // unknown verb
        "ip add x",                             // no CIDR
        "ip remove x",                          // no CIDR
        "audit list --limit many",              // not a number
        "add_api_key_user",                     // no user
        "add_api_key_user a b",                 // esmond takes exactly one
        "add_user_ip_address u",                // no CIDR
        "delete_user_ip_address u",             // no CIDR
        "list_user_ip_address extra",           // takes no positional argument
        "target add",                           // no name
        "target add r1 --interval soon",        // not a number
        "target test",                          // no name
        "target remove a b"})                   // one name too many
    void refusesWrongArgumentsAsUsageErrors(String line) {
        assertUsageError(line.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "delete", "rotate-key"})
    void refusesAnEmptyAccountName(String verb) {
        Cli.Result result = assertUsageError("account", verb, "");
        assertTrue(result.err().contains("must not be empty"), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "ftp://example.org/", "http://", "http://exa mple.org/"})
    void refusesAUrlThatIsNoHttpUrl(String url) {
        Cli.Result result = assertUsageError("account", "list", "--url", url);
        assertTrue(result.err().contains("--url"), result.err());
    }

    @Test
    void suggestsTheVerbMeant() {
        Cli.Result result = assertUsageError("account", "ad", "x");
        assertTrue(result.err().contains("did you mean add?"), result.err());
    }

    private static Cli.Result assertUsageError(String... args) {
        Cli.Result result = Cli.run(args);
        assertEquals(ExitCode.USAGE, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("psarchive-admin: "), result.err());
        assertTrue(result.err().contains("(hint: "), result.err());
        assertEquals("", result.out());
        return result;
    }
}
