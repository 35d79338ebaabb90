package org.psarchive.web.importer;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.psarchive.archive.importer.ImportJob;
import org.psarchive.archive.importer.Verification;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

/** The admin API's JSON of import jobs and verifications, and its dates. The API key is never shown. */
final class ImportJson {

    private ImportJson() {
    }

    static JsonObject job(ImportJob job) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder().add("id", job.id()).add("source", job.source())
                .add("state", job.state().wireName()).add("metadata-only", job.metadataOnly())
                .add("until", job.until()).add("records-total", job.recordsTotal()).add("records-done", job.recordsDone())
                .add("records-skipped", job.recordsSkipped()).add("series-done", job.seriesDone())
                .add("points-done", job.pointsDone()).add("requests", job.requests())
                .add("created", job.createdAt()).add("updated", job.updatedAt());
        json = job.since() == null ? json.addNull("since") : json.add("since", job.since());
        json = job.message() == null ? json.addNull("message") : json.add("message", job.message());
        return json.build();
    }

    static JsonObject verification(Verification verification) {
        JsonArrayBuilder rows = Jsonp.createArrayBuilder();
        for (Verification.Row row : verification.rows()) {
            JsonObjectBuilder json = Jsonp.createObjectBuilder().add("event-type", row.eventType())
                    .add("summary-type", row.summaryType()).add("summary-window", row.window()).add("series", row.series())
                    .add("source-points", row.sourcePoints()).add("imported-points", row.importedPoints())
                    .add("missing", row.missing());
            json = row.first() == null ? json.addNull("first") : json.add("first", row.first());
            json = row.last() == null ? json.addNull("last") : json.add("last", row.last());
            rows.add(json);
        }
        return Jsonp.createObjectBuilder().add("differs", verification.differs()).add("missing", verification.missing())
                .add("rows", rows).add("sampled", verification.sampled())
                .add("sample-differences", Jsonp.createArrayBuilder(verification.sampleDifferences())).build();
    }

    /** A time member: epoch seconds, an ISO-8601 instant or a date (midnight UTC); null when absent. */
    static Long time(JsonObject body, String member) {
        JsonValue value = body.get(member);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        if (value instanceof JsonString text) {
            String s = text.getString().trim();
            try {
                if (s.matches("\\d+")) {
                    return Long.parseLong(s);
                }
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                }
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException | NumberFormatException e) {
                // falls through to the 400
            }
        }
        throw new InvalidInputException(member + " must be a date (2024-01-31), an ISO-8601 instant or epoch seconds.");
    }
}
