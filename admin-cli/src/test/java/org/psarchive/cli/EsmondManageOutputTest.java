package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The esmond_manage aliases print what esmond printed, except an old key, which only exists hashed. */
class EsmondManageOutputTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef01234567";

    @Test
    void announcesANewUserAndItsNewKey() {
        var answer = ApiJson.asObject(ApiJson.parse(
                "{\"name\":\"u\",\"has-key\":true,\"account-created\":true,\"key-made\":true,\"key\":\"" + KEY + "\"}"));

        assertEquals("""
                User u does not exist - creating
                User u does not have an api key - creating
                Key: %s for u
                """.formatted(KEY), print(out -> {
                    EsmondManageCommands.printUser(out, "u", answer);
                    EsmondManageCommands.printKey(out, "u", answer);
                }));
    }

    @Test
    void explainsThatAnExistingKeyCannotBeShown() {
        var answer = ApiJson.asObject(ApiJson.parse("{\"name\":\"u\",\"has-key\":true,\"account-created\":false,\"key-made\":false}"));

        assertEquals("""
                User u exists
                User u already has api key, skipping creation
                The key of u cannot be shown again: psarchive stores keys hashed. Run 'psarchive-admin account \
                rotate-key u' for a new key (the old one then stops working).
                """, print(out -> {
                    EsmondManageCommands.printUser(out, "u", answer);
                    EsmondManageCommands.printKey(out, "u", answer);
                }));
    }

    @Test
    void reportsAddedAndUnchangedRangesLikeEsmond() {
        var answer = ApiJson.asObject(ApiJson.parse("{\"added\":[\"192.0.2.0/24\"],\"unchanged\":[\"2001:db8::/48\"]}"));

        assertEquals("""
                Creating entry for IP 192.0.2.0/24 belonging to u
                IP 2001:db8::/48 already assigned to u, skipping creation
                """, print(out -> EsmondManageCommands.printAdded(out, "u", answer)));
    }

    private static String print(Consumer<PrintWriter> printing) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            printing.accept(out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
