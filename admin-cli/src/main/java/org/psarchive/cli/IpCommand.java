package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ip}: the address ranges from which a host authenticates as an account without a key. */
@Command(name = "ip", mixinStandardHelpOptions = true,
        description = "Manages the IP ranges (CIDRs) that authenticate as an account.",
        subcommands = {IpCommand.Add.class, IpCommand.Remove.class, IpCommand.ListAll.class})
final class IpCommand {

    private IpCommand() {
    }

    /** NAME CIDR..., the arguments of {@code add} and {@code remove}. */
    abstract static class Ranges extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Account name")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CIDR",
                description = "Address or range, e.g. 192.0.2.0/24 or 2001:db8::/48 (a bare address is /32 or /128)")
        List<String> cidrs;

        @Mixin
        Output output;

        ApiPath path() {
            return ApiPath.account(name).then("ip-ranges");
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds ranges to an account; none is added if any belongs to another account.")
    static final class Add extends Ranges {

        @Override
        void run(ApiClient api) {
            JsonObject answer = ApiJson.asObject(api.post(path(), ApiJson.object()
                    .add("cidrs", ApiJson.strings(cidrs)).build()));
            output.print(answer, out -> {
                ApiJson.stringList(answer, "added").forEach(cidr -> out.println("Added " + cidr + " to " + name));
                ApiJson.stringList(answer, "unchanged")
                        .forEach(cidr -> out.println("Unchanged " + cidr + " (already on " + name + ")"));
            });
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes ranges from an account; none is removed if any is not on it.")
    static final class Remove extends Ranges {

        @Override
        void run(ApiClient api) {
            ApiPath path = path();
            cidrs.forEach(cidr -> path.query("cidr", cidr));
            JsonObject answer = ApiJson.asObject(api.delete(path));
            output.print(answer, out -> ApiJson.stringList(answer, "removed")
                    .forEach(cidr -> out.println("Removed " + cidr + " from " + name)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the ranges of all or one account.")
    static final class ListAll extends ApiCommand {

        @Option(names = "--account", paramLabel = "NAME", converter = NonBlank.class,
                description = "Only the ranges of this account")
        String account;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue ranges = api.get(ranges(account));
            output.print(ranges, out -> {
                List<JsonObject> rows = ApiJson.asArray(ranges).getValuesAs(JsonObject.class);
                if (rows.isEmpty()) {
                    out.println("No IP ranges.");
                    return;
                }
                Table table = new Table("ACCOUNT", "CIDR");
                rows.forEach(row -> table.row(ApiJson.text(row, "account"), ApiJson.text(row, "cidr")));
                table.print(out);
            });
        }

        /** {@code GET api/admin/ip-ranges}, of one account when {@code account} is not null. */
        static ApiPath ranges(String account) {
            ApiPath path = ApiPath.of("api/admin/ip-ranges");
            return account == null ? path : path.query("account", account);
        }
    }
}
