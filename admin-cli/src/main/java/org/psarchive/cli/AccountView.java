package org.psarchive.cli;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.PrintWriter;

/** Accounts as text: one account as {@code member: value} lines, several as a table. */
final class AccountView {

    private static final String[] DETAILS = {
        "name", "enabled", "permissions", "has-key", "key-created", "key-last-used", "ip-ranges", "created"};

    private AccountView() {
    }

    static void details(PrintWriter out, JsonObject account) {
        for (String member : DETAILS) {
            out.printf("%-15s %s%n", member + ":", ApiJson.text(account, member));
        }
    }

    static void table(PrintWriter out, JsonArray accounts) {
        if (accounts.isEmpty()) {
            out.println("No accounts.");
            return;
        }
        Table table = new Table("NAME", "ENABLED", "PERMISSIONS", "KEY", "KEY-LAST-USED", "IP-RANGES");
        for (JsonObject account : accounts.getValuesAs(JsonObject.class)) {
            table.row(ApiJson.text(account, "name"),
                    ApiJson.isTrue(account, "enabled") ? "yes" : "no",
                    ApiJson.text(account, "permissions"),
                    ApiJson.isTrue(account, "has-key") ? "yes" : "no",
                    ApiJson.text(account, "key-last-used"),
                    ApiJson.text(account, "ip-ranges"));
        }
        table.print(out);
    }

    /**
     * Prints {@code Key: <key> for <name>} when the answer carries a key made just now; the key is
     * shown this once, the server keeps only its hash. Returns whether there was one.
     */
    static boolean newKey(PrintWriter out, JsonObject answer, String name) {
        if (answer.get("key") instanceof JsonString key) {
            out.println("Key: " + key.getString() + " for " + name);
            return true;
        }
        return false;
    }
}
