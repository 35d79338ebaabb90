package org.psarchive.cli;

import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --format text|json} of every command that prints data; json is the server's answer as it came. */
final class Output {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Prints {@code answer} as JSON, or hands the output to {@code asText}. */
    void print(JsonValue answer, Consumer<PrintWriter> asText) {
        PrintWriter out = command.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(ApiJson.pretty(answer));
        } else {
            asText.accept(out);
        }
    }
}
