package org.psarchive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: is the platform up, which version, on which database and schema. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the platform's version, database and schema version.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--format", defaultValue = "text", description = "Output format: text or json (default: text)")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String json = new ApiClient(server.baseUri()).get("api/platform");
        if (format == OutputFormat.json) {
            spec.commandLine().getOut().println(json);
        } else {
            for (String key : new String[] {"name", "version", "database", "database-version", "schema-version"}) {
                spec.commandLine().getOut().printf("%-17s %s%n", key + ":", JsonFields.string(json, key));
            }
        }
        return ExitCode.OK;
    }
}
