package org.psarchive.cli;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import esmond}: moves an esmond archive's history here over its REST API (docs/migration.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports another archive's history.", subcommands = {ImportCommand.Esmond.class})
final class ImportCommand {

    private ImportCommand() {
    }

    @Command(name = "esmond", mixinStandardHelpOptions = true,
            description = "Imports an esmond archive (or another psarchive) over its REST API, keys preserved.",
            subcommands = {Plan.class, Start.class, Status.class, Resume.class, Cancel.class, Verify.class})
    static final class Esmond {
    }

    /** The source and its filters. */
    static final class Source {

        @Option(names = "--from", required = true, paramLabel = "URL",
                description = "The archive, e.g. https://old-host/esmond/perfsonar/archive/")
        String from;

        @Option(names = "--api-key", paramLabel = "KEY", description = "Sent as 'Authorization: Token KEY' (esmond reads need none)")
        String apiKey;

        @Option(names = "--since", paramLabel = "DATE",
                description = "Only records written since, and data from (2024-01-31, ISO-8601 instant or epoch seconds)")
        String since;

        @Option(names = "--until", paramLabel = "DATE", description = "Data up to (default: when the job starts)")
        String until;

        JsonObjectBuilder body() {
            JsonObjectBuilder body = ApiJson.object().add("from", from);
            if (apiKey != null) {
                body.add("api-key", apiKey);
            }
            if (since != null) {
                body.add("since", since);
            }
            if (until != null) {
                body.add("until", until);
            }
            return body;
        }
    }

    /** A job failed or differs: a one-line message and a non-zero exit. */
    static final class ImportFailedException extends CliException {
        private static final long serialVersionUID = 1L;

        ImportFailedException(String message, String hint) {
            super(message, hint, null);
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Reads the source's metadata and says what an import would do.")
    static final class Plan extends ApiCommand {

        @Mixin
        Source source;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject plan = ApiJson.asObject(api.post(ApiPath.of("api/admin/imports/esmond/plan"), source.body().build()));
            output.print(plan, out -> {
                out.println("Records: " + ApiJson.text(plan, "records"));
                out.println("Series: " + ApiJson.text(plan, "series"));
                out.println("Requests (at least): " + ApiJson.text(plan, "estimated-requests"));
                List<String> warnings = ApiJson.stringList(plan, "warnings");
                warnings.forEach(warning -> out.println("Warning: " + warning));
            });
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Starts an import job on the server and prints its id; it goes on if this command ends.")
    static final class Start extends ApiCommand {

        @Mixin
        Source source;

        @Option(names = "--metadata-only", description = "Copy the records, not their data")
        boolean metadataOnly;

        @Option(names = "--wait", description = "Follow the job until it ends; exit 0 only when it completed")
        boolean wait;

        @Override
        void run(ApiClient api) {
            JsonObject job = ApiJson.asObject(api.post(ApiPath.of("api/admin/imports/esmond"),
                    source.body().add("metadata-only", metadataOnly).build()));
            String id = ApiJson.text(job, "id");
            out().println(id);
            out().flush();
            if (wait) {
                follow(api, id, out(), Duration.ofSeconds(1));
            }
        }
    }

    /** Prints a progress line whenever it changes until the job ends; fails unless it completed. */
    static void follow(ApiClient api, String id, PrintWriter out, Duration every) {
        String last = "";
        while (true) {
            JsonObject job = ApiJson.asObject(api.get(ApiPath.of("api/admin/imports/" + id)));
            String line = progress(job);
            if (!line.equals(last)) {
                out.println(line);
                out.flush();
                last = line;
            }
            String state = ApiJson.text(job, "state");
            switch (state) {
                case "completed" -> {
                    return;
                }
                case "failed", "cancelled" -> throw new ImportFailedException("import job " + id + " " + state + ": "
                        + ApiJson.text(job, "message"), "psarchive-admin import esmond resume " + id);
                default -> pause(every);
            }
        }
    }

    static String progress(JsonObject job) {
        return "job " + ApiJson.text(job, "id") + " " + ApiJson.text(job, "state") + ": records "
                + ApiJson.text(job, "records-done") + "/" + ApiJson.text(job, "records-total") + " (skipped "
                + ApiJson.text(job, "records-skipped") + "), series " + ApiJson.text(job, "series-done") + ", points "
                + ApiJson.text(job, "points-done") + ", requests " + ApiJson.text(job, "requests");
    }

    private static void pause(Duration every) {
        try {
            Thread.sleep(every.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailedException("interrupted while following the job (it goes on on the server)",
                    "psarchive-admin import esmond status");
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Shows one job, or every job.")
    static final class Status extends ApiCommand {

        @Parameters(arity = "0..1", paramLabel = "JOB", description = "The job id (default: every job)")
        String job;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            if (job != null) {
                JsonObject answer = ApiJson.asObject(api.get(ApiPath.of("api/admin/imports/" + job)));
                output.print(answer, out -> {
                    out.println(progress(answer));
                    out.println("source: " + ApiJson.text(answer, "source"));
                    if (answer.get("message") != null && answer.get("message") != JsonValue.NULL) {
                        out.println("message: " + ApiJson.text(answer, "message"));
                    }
                });
                return;
            }
            JsonValue jobs = api.get(ApiPath.of("api/admin/imports"));
            output.print(jobs, out -> {
                Table table = new Table("ID", "STATE", "RECORDS", "POINTS", "SOURCE");
                ApiJson.asArray(jobs).getValuesAs(JsonObject.class).forEach(row -> table.row(ApiJson.text(row, "id"),
                        ApiJson.text(row, "state"), ApiJson.text(row, "records-done") + "/" + ApiJson.text(row, "records-total"),
                        ApiJson.text(row, "points-done"), ApiJson.text(row, "source")));
                table.print(out);
            });
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Goes on with a failed or cancelled job.")
    static final class Resume extends ApiCommand {

        @Parameters(paramLabel = "JOB", description = "The job id")
        String job;

        @Option(names = "--api-key", paramLabel = "KEY",
                description = "The source's key again, for a job that reads with one after the platform restarted"
                        + " (the server keeps it in memory only)")
        String apiKey;

        @Override
        void run(ApiClient api) {
            JsonValue body = apiKey == null ? null : ApiJson.object().add("api-key", apiKey).build();
            out().println(progress(ApiJson.asObject(api.post(ApiPath.of("api/admin/imports/" + job + "/resume"), body))));
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Stops a job after its current batch.")
    static final class Cancel extends ApiCommand {

        @Parameters(paramLabel = "JOB", description = "The job id")
        String job;

        @Override
        void run(ApiClient api) {
            out().println(progress(ApiJson.asObject(api.post(ApiPath.of("api/admin/imports/" + job + "/cancel"), null))));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Reads the job's source again and compares; exits non-zero when anything is missing here.")
    static final class Verify extends ApiCommand {

        @Parameters(paramLabel = "JOB", description = "The job id")
        String job;

        @Option(names = "--sample", paramLabel = "N", defaultValue = "0",
                description = "Also compare the values of N series picked at random (default: ${DEFAULT-VALUE})")
        int sample;

        @Mixin
        Output output;

        @Override
        void run(ApiClient api) {
            JsonObject answer = ApiJson.asObject(api.post(ApiPath.of("api/admin/imports/" + job + "/verify")
                    .query("sample", String.valueOf(sample)), null));
            output.print(answer, out -> {
                Table table = new Table("EVENT-TYPE", "SUMMARY", "WINDOW", "SERIES", "SOURCE", "IMPORTED", "MISSING",
                        "FIRST", "LAST");
                answer.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(row -> table.row(
                        ApiJson.text(row, "event-type"), ApiJson.text(row, "summary-type"), ApiJson.text(row, "summary-window"),
                        ApiJson.text(row, "series"), ApiJson.text(row, "source-points"), ApiJson.text(row, "imported-points"),
                        ApiJson.text(row, "missing"), ApiJson.text(row, "first"), ApiJson.text(row, "last")));
                table.print(out);
                if (sample > 0) {
                    out.println("Sampled " + ApiJson.text(answer, "sampled") + " series: "
                            + ApiJson.stringList(answer, "sample-differences").size() + " difference(s)");
                    ApiJson.stringList(answer, "sample-differences").forEach(difference -> out.println("  " + difference));
                }
            });
            if (ApiJson.isTrue(answer, "differs")) {
                out().flush();
                throw new ImportFailedException(ApiJson.text(answer, "missing") + " point(s) of the source are missing here"
                        + (ApiJson.stringList(answer, "sample-differences").isEmpty() ? "" : ", sampled values differ"),
                        "psarchive-admin import esmond resume " + job + ", or start the import again");
            }
        }
    }
}
