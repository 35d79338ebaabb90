package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit}: who changed which account, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Reads the audit log of admin changes.",
        subcommands = AuditCommand.ListAll.class)
final class AuditCommand {

    private AuditCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the newest audit entries first.")
    static final class ListAll extends ApiCommand {

        @Option(names = "--limit", paramLabel = "N",
                description = "At most N entries, 1 to 1000 (default: the server's, 100)")
        Integer limit;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            ApiPath path = ApiPath.of("api/admin/audit");
            if (limit != null) {
                path.query("limit", limit.toString());
            }
            JsonValue entries = api.get(path);
            output.print(entries, out -> {
                List<JsonObject> rows = ApiJson.asArray(entries).getValuesAs(JsonObject.class);
                if (rows.isEmpty()) {
                    out.println("No audit entries.");
                    return;
                }
                Table table = new Table("AT", "ACTOR", "ACTION", "TARGET", "DETAIL");
                rows.forEach(row -> table.row(ApiJson.text(row, "at"), ApiJson.text(row, "actor"),
                        ApiJson.text(row, "action"), ApiJson.text(row, "target"), ApiJson.text(row, "detail")));
                table.print(out);
            });
        }
    }
}
