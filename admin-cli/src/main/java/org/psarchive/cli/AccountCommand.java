package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code account}: the accounts that may post measurements or administer, and their keys. */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Manages accounts, their permissions and their API keys.",
        subcommands = {
            AccountCommand.Add.class, AccountCommand.ListAll.class, AccountCommand.Show.class,
            AccountCommand.Disable.class, AccountCommand.Enable.class, AccountCommand.Delete.class,
            AccountCommand.RotateKey.class, AccountCommand.RevokeKey.class, AccountCommand.SetPermissions.class})
final class AccountCommand {

    private AccountCommand() {
    }

    /** The NAME parameter every verb but {@code list} takes. */
    abstract static class OneAccount extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Account name")
        String name;

        ApiPath path() {
            return ApiPath.account(name);
        }
    }

    /** A verb that answers with the account, printed as details or JSON. */
    abstract static class ShowsAccount extends OneAccount {

        @Mixin
        Output output;

        void print(JsonValue answer) {
            output.print(answer, out -> AccountView.details(out, ApiJson.asObject(answer)));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Creates an account and, unless --no-key, its API key (shown once).")
    static final class Add extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Account name")
        String name;

        @Mixin
        PermissionFlags permissions;

        @Option(names = "--no-key", description = "Create no API key (for an account that authenticates by IP range)")
        boolean noKey;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject request = ApiJson.object().add("name", name).add("permissions", permissions.toJson())
                    .add("key", !noKey).build();
            JsonObject account = ApiJson.asObject(api.post(ApiPath.of("api/admin/accounts"), request));
            output.print(account, out -> {
                AccountView.newKey(out, account, name);
                AccountView.details(out, account);
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists all accounts.")
    static final class ListAll extends ApiCommand {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue accounts = api.get(ApiPath.of("api/admin/accounts"));
            output.print(accounts, out -> AccountView.table(out, ApiJson.asArray(accounts)));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one account.")
    static final class Show extends ShowsAccount {

        @Override
        void run(ApiClient api) {
            print(api.get(path()));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disables an account: its key and IP ranges stop authenticating.")
    static final class Disable extends ShowsAccount {

        @Override
        void run(ApiClient api) {
            print(api.post(path().then("disable"), null));
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enables a disabled account again.")
    static final class Enable extends ShowsAccount {

        @Override
        void run(ApiClient api) {
            print(api.post(path().then("enable"), null));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes an account with its key and IP ranges.")
    static final class Delete extends OneAccount {

        @Override
        void run(ApiClient api) {
            api.delete(path());
            out().println("Deleted account " + name);
        }
    }

    @Command(name = "rotate-key", mixinStandardHelpOptions = true,
            description = "Replaces the account's API key: prints the new one; the old one stops working at once.")
    static final class RotateKey extends OneAccount {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject account = ApiJson.asObject(api.post(path().then("rotate-key"), null));
            output.print(account, out -> AccountView.newKey(out, account, name));
        }
    }

    @Command(name = "revoke-key", mixinStandardHelpOptions = true,
            description = "Deletes the account's API key; its IP ranges still authenticate.")
    static final class RevokeKey extends ShowsAccount {

        @Override
        void run(ApiClient api) {
            print(api.delete(path().then("key")));
        }
    }

    @Command(name = "set-permissions", mixinStandardHelpOptions = true,
            description = "Gives the account exactly the permissions named (none named: none).")
    static final class SetPermissions extends ShowsAccount {

        @Mixin
        PermissionFlags permissions;

        @Override
        void run(ApiClient api) {
            JsonObject request = ApiJson.object().add("permissions", permissions.toJson()).build();
            print(api.put(path().then("permissions"), request));
        }
    }
}
