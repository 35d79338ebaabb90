package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code target}: the routers the SNMP collector polls, and a live test of each. */
@Command(name = "target", mixinStandardHelpOptions = true,
        description = "Manages the SNMP targets (routers) the collector polls.",
        subcommands = {
            TargetCommand.Add.class, TargetCommand.ListAll.class, TargetCommand.Show.class, TargetCommand.Update.class,
            TargetCommand.Remove.class, TargetCommand.Enable.class, TargetCommand.Disable.class, TargetCommand.Test.class})
final class TargetCommand {

    private TargetCommand() {
    }

    /** The NAME parameter every verb but {@code list} takes. */
    abstract static class OneTarget extends ApiCommand {

        @Parameters(index = "0", paramLabel = "NAME", converter = NonBlank.class, description = "Target name")
        String name;

        ApiPath path() {
            return ApiPath.target(name);
        }
    }

    /** A verb that answers with the target, printed as details or JSON. */
    abstract static class ShowsTarget extends OneTarget {

        @Mixin
        Output output;

        void print(JsonValue answer) {
            output.print(answer, out -> TargetView.details(out, ApiJson.asObject(answer)));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a target: --community (v2c), or --user with --auth-protocol and --auth-password"
                    + " [and --priv-protocol and --priv-password] (v3).")
    static final class Add extends ShowsTarget {

        @Mixin
        TargetSettings settings;

        @Option(names = "--disabled", description = "Add it disabled (not polled until enabled)")
        boolean disabled;

        @Override
        void run(ApiClient api) {
            JsonObjectBuilder request = settings.toJson().add("name", name);
            if (disabled) {
                request.add("enabled", false);
            }
            print(api.post(ApiPath.of("api/admin/snmp/targets"), request.build()));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists all targets.")
    static final class ListAll extends ApiCommand {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue targets = api.get(ApiPath.of("api/admin/snmp/targets"));
            output.print(targets, out -> TargetView.table(out, ApiJson.asArray(targets), java.time.Instant.now()));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one target (secrets never).")
    static final class Show extends ShowsTarget {

        @Override
        void run(ApiClient api) {
            print(api.get(path()));
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Changes the settings given; secrets only when given. A community switches the target to"
                    + " v2c, a --user to v3.")
    static final class Update extends ShowsTarget {

        @Mixin
        TargetSettings settings;

        @Option(names = "--no-priv", description = "Remove SNMP v3 privacy (authNoPriv)")
        boolean noPriv;

        @Option(names = "--no-auth", description = "Remove SNMP v3 authentication and privacy (noAuthNoPriv)")
        boolean noAuth;

        @Option(names = "--no-include", description = "Remove the include globs (poll every interface)")
        boolean noInclude;

        @Option(names = "--no-exclude", description = "Remove the exclude globs")
        boolean noExclude;

        @Override
        void run(ApiClient api) {
            JsonObjectBuilder request = settings.toJson();
            if (noPriv || noAuth) {
                TargetSettings.clear(request, "priv-protocol");
            }
            if (noAuth) {
                TargetSettings.clear(request, "auth-protocol");
            }
            if (noInclude) {
                request.add("include", ApiJson.strings(java.util.List.of()));
            }
            if (noExclude) {
                request.add("exclude", ApiJson.strings(java.util.List.of()));
            }
            JsonObject body = request.build();
            if (body.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "nothing to change: give a setting");
            }
            print(api.patch(path(), body));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a target and its secrets.")
    static final class Remove extends OneTarget {

        @Override
        void run(ApiClient api) {
            api.delete(path());
            out().println("Removed SNMP target " + name);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Polls a disabled target again.")
    static final class Enable extends ShowsTarget {

        @Override
        void run(ApiClient api) {
            print(api.post(path().then("enable"), null));
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stops polling a target; keeps its settings.")
    static final class Disable extends ShowsTarget {

        @Override
        void run(ApiClient api) {
            print(api.post(path().then("disable"), null));
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Asks the agent now: sysName, sysDescr, sysUpTime, interfaces, 64-bit counters; or why not.")
    static final class Test extends OneTarget {

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonValue agent = api.post(path().then("test"), null);
            output.print(agent, out -> TargetView.probe(out, ApiJson.asObject(agent)));
        }
    }
}
