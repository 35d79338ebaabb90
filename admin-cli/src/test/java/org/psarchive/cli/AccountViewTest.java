package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Accounts as people read them: aligned tables, member: value lines, the key shown once. */
class AccountViewTest {

    private static final String HOST = """
            {"name":"ps-host-1.example.org","enabled":true,"permissions":["metadata-post","timeseries-post"],
             "has-key":true,"key-created":"2026-11-23T17:00:00Z","key-last-used":null,
             "ip-ranges":["192.0.2.0/24","2001:db8::/48"],"created":"2026-11-23T17:00:00Z"}""";
    private static final String ADMIN = """
            {"name":"local-admin","enabled":false,"permissions":["admin"],"has-key":false,
             "key-created":null,"key-last-used":null,"ip-ranges":[],"created":"2026-11-20T08:00:00Z"}""";

    @Test
    void printsAccountsAsAnAlignedTable() {
        JsonArray accounts = ApiJson.asArray(ApiJson.parse("[" + HOST + "," + ADMIN + "]"));

        String text = print(out -> AccountView.table(out, accounts));

        assertEquals("""
                NAME                   ENABLED  PERMISSIONS                     KEY  KEY-LAST-USED  IP-RANGES
                ps-host-1.example.org  yes      metadata-post, timeseries-post  yes  -              192.0.2.0/24, 2001:db8::/48
                local-admin            no       admin                           no   -              -
                """, text);
    }

    @Test
    void saysSoWhenThereAreNoAccounts() {
        assertEquals("No accounts.\n", print(out -> AccountView.table(out, ApiJson.asArray(ApiJson.parse("[]")))));
    }

    @Test
    void printsOneAccountAsMemberValueLines() {
        String text = print(out -> AccountView.details(out, ApiJson.asObject(ApiJson.parse(HOST))));

        assertEquals("""
                name:           ps-host-1.example.org
                enabled:        true
                permissions:    metadata-post, timeseries-post
                has-key:        true
                key-created:    2026-11-23T17:00:00Z
                key-last-used:  -
                ip-ranges:      192.0.2.0/24, 2001:db8::/48
                created:        2026-11-23T17:00:00Z
                """, text);
    }

    @Test
    void printsAKeyMadeNowAndNothingWithoutOne() {
        JsonObject withKey = ApiJson.asObject(ApiJson.parse(
                "{\"name\":\"h\",\"key\":\"0123456789abcdef0123456789abcdef01234567\"}"));

        assertEquals("Key: 0123456789abcdef0123456789abcdef01234567 for h\n",
                print(out -> assertTrue(AccountView.newKey(out, withKey, "h"))));
        assertEquals("", print(out -> assertFalse(AccountView.newKey(out, ApiJson.asObject(ApiJson.parse(HOST)), "h"))));
    }

    private static String print(Consumer<PrintWriter> printing) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            printing.accept(out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }
}
