package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code retention}: how long the archive keeps each kind of series, and a pass on demand. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Manages the archive's retention policies.",
        subcommands = {RetentionCommand.ListAll.class, RetentionCommand.Set.class, RetentionCommand.Delete.class,
            RetentionCommand.Run.class})
final class RetentionCommand {

    private RetentionCommand() {
    }

    /** The pattern a policy applies to; each part defaults to any. */
    static final class Pattern {

        @Option(names = "--event-type", paramLabel = "TYPE", defaultValue = "*",
                description = "Event type, e.g. histogram-owdelay (default: * for any)")
        String eventType;

        @Option(names = "--summary-type", paramLabel = "TYPE", defaultValue = "*",
                description = "base, aggregation, average or statistics (default: * for any)")
        String summaryType;

        @Option(names = "--window", paramLabel = "SECONDS", defaultValue = "*",
                description = "Summary window in seconds, 0 for base data (default: * for any)")
        String window;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the policies.")
    static final class ListAll extends ApiCommand {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue policies = api.get(ApiPath.of("api/admin/retention"));
            output.print(policies, out -> {
                List<JsonObject> rows = ApiJson.asArray(policies).getValuesAs(JsonObject.class);
                Table table = new Table("EVENT-TYPE", "SUMMARY-TYPE", "WINDOW", "KEEP-DAYS");
                rows.forEach(row -> table.row(ApiJson.text(row, "event-type"), ApiJson.text(row, "summary-type"),
                        ApiJson.text(row, "summary-window"), ApiJson.text(row, "keep-days")));
                table.print(out);
            });
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Creates or changes the policy of a pattern, e.g. set --event-type throughput --days 730.")
    static final class Set extends ApiCommand {

        @Mixin
        Pattern pattern;

        @Option(names = "--days", required = true, paramLabel = "DAYS", description = "Keep points this many days")
        int days;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObjectBuilder body = ApiJson.object().add("event-type", pattern.eventType)
                    .add("summary-type", pattern.summaryType).add("keep-days", days);
            body = pattern.window.equals("*") ? body.add("summary-window", "*") : body.add("summary-window", pattern.window);
            JsonObject answer = ApiJson.asObject(api.put(ApiPath.of("api/admin/retention"), body.build()));
            output.print(answer, out -> out.println("Keeping " + pattern.eventType + "/" + pattern.summaryType + "/"
                    + pattern.window + " for " + days + " days"));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes the policy of a pattern; its series fall back to a wider policy.")
    static final class Delete extends ApiCommand {

        @Mixin
        Pattern pattern;

        @Override
        void run(ApiClient api) {
            api.delete(ApiPath.of("api/admin/retention").query("event-type", pattern.eventType)
                    .query("summary-type", pattern.summaryType).query("summary-window", pattern.window));
            out().println("Deleted the policy of " + pattern.eventType + "/" + pattern.summaryType + "/" + pattern.window);
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs a retention pass now (the server also runs one every hour).")
    static final class Run extends ApiCommand {

        @Option(names = "--reclaim", description = "Rebuild the point table afterwards to give disk space back (MariaDB)")
        boolean reclaim;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject answer = ApiJson.asObject(api.post(ApiPath.of("api/admin/retention/run")
                    .query("reclaim", String.valueOf(reclaim)), null));
            output.print(answer, out -> out.println("Deleted " + ApiJson.text(answer, "deleted-points") + " points of "
                    + ApiJson.text(answer, "series-visited") + " series; complete: " + ApiJson.text(answer, "complete")
                    + "; space reclaimed: " + ApiJson.text(answer, "space-reclaimed")));
        }
    }
}
