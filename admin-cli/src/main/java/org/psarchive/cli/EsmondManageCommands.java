package org.psarchive.cli;

import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The user commands of esmond's {@code esmond_manage}, under their old names and with their old
 * output, so that runbooks written for esmond keep working. One difference cannot be bridged: esmond
 * printed an existing key again; psarchive stores only a hash of it, so these commands say so and
 * point at {@code account rotate-key}. Their output is text only, like esmond's; the noun commands
 * offer {@code --format json}.
 */
final class EsmondManageCommands {

    private EsmondManageCommands() {
    }

    /** {@code POST .../grant}: creates the user if missing, adds permissions, maybe makes a key. */
    abstract static class Grant extends ApiCommand {

        @Parameters(index = "0", paramLabel = "USER", converter = NonBlank.class, description = "Account name")
        String user;

        JsonObject grant(ApiClient api, List<String> permissions, boolean ensureKey) {
            JsonObject request = ApiJson.object().add("permissions", ApiJson.strings(permissions))
                    .add("ensure-key", ensureKey).build();
            JsonObject answer = ApiJson.asObject(api.post(ApiPath.account(user).then("grant"), request));
            printUser(out(), user, answer);
            return answer;
        }
    }

    /** The three {@code add_*_user} commands: grant, make a key if none, show it if made now. */
    abstract static class GrantWithKey extends Grant {

        abstract List<String> permissions();

        @Override
        void run(ApiClient api) {
            printKey(out(), user, grant(api, permissions(), true));
        }
    }

    /** esmond's first line; in the grant answer {@code created} is a boolean: made by this call. */
    static void printUser(PrintWriter out, String user, JsonObject grantAnswer) {
        out.println(ApiJson.isTrue(grantAnswer, "account-created")
                ? "User " + user + " does not exist - creating" : "User " + user + " exists");
    }

    /** esmond's key lines, except that an existing key cannot be shown: only its hash is stored. */
    static void printKey(PrintWriter out, String user, JsonObject grantAnswer) {
        if (grantAnswer.containsKey("key")) {
            out.println("User " + user + " does not have an api key - creating");
            AccountView.newKey(out, grantAnswer, user);
        } else {
            out.println("User " + user + " already has api key, skipping creation");
            out.println("The key of " + user + " cannot be shown again: psarchive stores keys hashed. Run "
                    + "'psarchive-admin account rotate-key " + user + "' for a new key (the old one then stops working).");
        }
    }

    /** esmond's lines for {@code add_user_ip_address}, from the answer of {@code POST .../ip-ranges}. */
    static void printAdded(PrintWriter out, String user, JsonObject rangesAnswer) {
        ApiJson.stringList(rangesAnswer, "added")
                .forEach(cidr -> out.println("Creating entry for IP " + cidr + " belonging to " + user));
        ApiJson.stringList(rangesAnswer, "unchanged")
                .forEach(cidr -> out.println("IP " + cidr + " already assigned to " + user + ", skipping creation"));
    }

    @Command(name = "add_api_key_user", mixinStandardHelpOptions = true,
            description = "esmond_manage: an account with an API key and no permissions.")
    static final class AddApiKeyUser extends GrantWithKey {

        @Override
        List<String> permissions() {
            return List.of();
        }
    }

    @Command(name = "add_ps_metadata_post_user", mixinStandardHelpOptions = true,
            description = "esmond_manage: an account with an API key that may post measurement metadata.")
    static final class AddPsMetadataPostUser extends GrantWithKey {

        @Override
        List<String> permissions() {
            return List.of("metadata-post");
        }
    }

    @Command(name = "add_timeseries_post_user", mixinStandardHelpOptions = true,
            description = "esmond_manage: an account with an API key that may post time-series data.")
    static final class AddTimeseriesPostUser extends GrantWithKey {

        @Override
        List<String> permissions() {
            return List.of("timeseries-post");
        }
    }

    @Command(name = "add_user_ip_address", mixinStandardHelpOptions = true,
            description = "esmond_manage: lets hosts in these ranges post metadata and time series as USER.")
    static final class AddUserIpAddress extends Grant {

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CIDR", description = "Address or range")
        List<String> cidrs;

        @Override
        void run(ApiClient api) {
            grant(api, List.of("metadata-post", "timeseries-post"), false);
            JsonObject answer = ApiJson.asObject(api.post(ApiPath.account(user).then("ip-ranges"),
                    ApiJson.object().add("cidrs", ApiJson.strings(cidrs)).build()));
            printAdded(out(), user, answer);
        }
    }

    @Command(name = "delete_user_ip_address", mixinStandardHelpOptions = true,
            description = "esmond_manage: removes ranges from USER; none is removed if any is not on USER.")
    static final class DeleteUserIpAddress extends ApiCommand {

        @Parameters(index = "0", paramLabel = "USER", converter = NonBlank.class, description = "Account name")
        String user;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CIDR", description = "Address or range")
        List<String> cidrs;

        @Override
        void run(ApiClient api) {
            ApiPath path = ApiPath.account(user).then("ip-ranges");
            cidrs.forEach(cidr -> path.query("cidr", cidr));
            JsonObject answer = ApiJson.asObject(api.delete(path));
            ApiJson.stringList(answer, "removed").forEach(cidr -> out().println("Deleted IP " + cidr + " for user " + user));
            out().println("Successfully deleted user IP(s)");
        }
    }

    @Command(name = "list_user_ip_address", mixinStandardHelpOptions = true,
            description = "esmond_manage: lists 'USER CIDR' lines, of one user with --username.")
    static final class ListUserIpAddress extends ApiCommand {

        @Option(names = "--username", paramLabel = "USER", converter = NonBlank.class, description = "Only this user's ranges")
        String user;

        @Override
        void run(ApiClient api) {
            List<JsonObject> ranges = ApiJson.asArray(api.get(IpCommand.ListAll.ranges(user))).getValuesAs(JsonObject.class);
            if (ranges.isEmpty()) {
                out().println(user == null ? "No IP addresses found" : "No IP addresses found belonging to user " + user);
            }
            ranges.forEach(range -> out().println(ApiJson.text(range, "account") + " " + ApiJson.text(range, "cidr")));
        }
    }
}
