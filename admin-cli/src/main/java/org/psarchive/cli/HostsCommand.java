package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hosts}: who sends results and who stopped, most silent first. */
@Command(name = "hosts", mixinStandardHelpOptions = true,
        description = "Lists measurement agents with their first and last result, most silent first, and the"
                + " archiving accounts with their key's last use.")
final class HostsCommand extends ApiCommand {

    @Option(names = "--silent-for", paramLabel = "DURATION", converter = SilenceDuration.class,
            description = "Only agents without a result (and accounts whose key was unused) for at least this long:"
                    + " 90s, 30m, 6h, 2d or ISO-8601 such as PT6H")
    Duration silentFor;

    @Mixin
    Output output;

    @Override
    void run(ApiClient api) {
        ApiPath path = ApiPath.of("api/admin/hosts");
        if (silentFor != null) {
            path.query("silent-for", silentFor.toString());
        }
        JsonValue answer = api.get(path);
        output.print(answer, out -> print(out, ApiJson.asObject(answer), silentFor));
    }

    static void print(PrintWriter out, JsonObject report, Duration silentFor) {
        List<JsonObject> agents = ApiJson.asArray(report.get("agents")).getValuesAs(JsonObject.class);
        if (agents.isEmpty()) {
            out.println(silentFor == null ? "No measurement agents." : "No agent silent for " + SilenceDuration.words(silentFor.toSeconds()) + ".");
        } else {
            Table table = new Table("AGENT", "FIRST", "LAST", "SILENT", "RECORDS", "1H", "1D", "TESTS");
            for (JsonObject agent : agents) {
                String tests = ApiJson.text(agent, "test-types");
                table.row(ApiJson.text(agent, "agent"), minutes(ApiJson.text(agent, "first-result")),
                        minutes(ApiJson.text(agent, "last-result")),
                        SilenceDuration.words(agent.getJsonNumber("silent-seconds").longValue()), ApiJson.text(agent, "records"),
                        ApiJson.text(agent, "records-updated-last-hour"), ApiJson.text(agent, "records-updated-last-day"),
                        (tests.equals("-") ? ApiJson.text(agent, "tools") : tests).replace(", ", ","));
            }
            table.print(out);
        }
        List<JsonObject> accounts = ApiJson.asArray(report.get("accounts")).getValuesAs(JsonObject.class);
        if (!accounts.isEmpty()) {
            out.println();
            Table table = new Table("ACCOUNT", "ENABLED", "KEY-LAST-USED");
            accounts.forEach(account -> table.row(ApiJson.text(account, "name"),
                    ApiJson.isTrue(account, "enabled") ? "yes" : "no",
                    ApiJson.isTrue(account, "has-key") ? minutes(ApiJson.text(account, "key-last-used")) : "no-key"));
            table.print(out);
        }
    }

    /** {@code 2026-12-05T11:50:07.123Z} as {@code 2026-12-05T11:50Z}: a table needs no seconds. */
    static String minutes(String instant) {
        return instant.length() >= 16 && instant.charAt(10) == 'T' ? instant.substring(0, 16) + "Z" : instant;
    }
}
