package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code status}: is the platform up, which version, on which database and schema. Needs no token. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the platform's version, database and schema version.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        JsonValue answer = server.anonymousClient().get(ApiPath.of("api/platform"));
        output.print(answer, out -> {
            JsonObject platform = ApiJson.asObject(answer);
            for (String key : new String[] {"name", "version", "database", "database-version", "schema-version"}) {
                out.printf("%-17s %s%n", key + ":", ApiJson.text(platform, key));
            }
        });
        return ExitCode.OK;
    }
}
