package org.psarchive.archive.importer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.psarchive.archive.metadata.ImportedRecords;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.platform.error.InvalidInputException;

/** Reads a source's metadata listing (no data) into an {@link ImportPlan}. */
final class ImportPlanner {

    private static final int MAX_WARNINGS = 20;

    private ImportPlanner() {
    }

    static ImportPlan plan(EsmondSource source, ImportSettings settings, Connection connection, Long since, long until)
            throws SourceException, SQLException {
        List<String> warnings = new ArrayList<>();
        if (source.refusesLargeLimits()) {
            warnings.add("The source refuses limit > " + EsmondSource.ELMOND_MAX_LIMIT + ": it is elmond, perfSONAR 5's"
                    + " OpenSearch shim, which serves what perfSONAR 5 archived in OpenSearch, not esmond's history"
                    + " (import that from the old esmond host, or an esmond started on its Cassandra files;"
                    + " docs/migration.md)");
        }
        SeriesPager pager = new SeriesPager(source, settings, () -> { });
        Map<String, String> checksums = new HashMap<>();
        long records = 0;
        long series = 0;
        long requests = 0;
        long offset = 0;
        long years = years(since, until);
        while (true) {
            long pageOffset = offset;
            JsonArray page = pager.retrying(() -> source.metadata(settings.metadataLimit(), pageOffset, since));
            requests++;
            for (JsonObject listed : page.getValuesAs(JsonObject.class)) {
                records++;
                SourceRecord record;
                try {
                    record = SourceRecord.of(listed);
                } catch (InvalidInputException e) {
                    warn(warnings, "record " + listed.getOrDefault("metadata-key", null) + " would be skipped: " + e.getMessage());
                    continue;
                }
                series += record.series().size();
                requests += record.series().size() * years;
                String checksum = record.metadata().checksum();
                String twin = checksums.putIfAbsent(checksum, record.key().value());
                if (twin != null) {
                    warn(warnings, "records " + twin + " and " + record.key() + " have the same content here: the second"
                            + " would be skipped");
                }
                Optional<Metadata> here = ImportedRecords.withContent(connection, record.metadata());
                if (here.isPresent() && !here.get().key().equals(record.key())) {
                    warn(warnings, "record " + record.key() + " has the content of record " + here.get().key()
                            + " stored here already: it would be skipped");
                }
            }
            offset += page.size();
            if (page.size() < settings.metadataLimit()) {
                return new ImportPlan(records, series, requests, List.copyOf(warnings));
            }
        }
    }

    /** Requests per series at least: a probe for data before the first year, then one per UTC year. */
    private static long years(Long since, long until) {
        long floor = Instant.parse(SeriesPager.FIRST_YEAR + "-01-01T00:00:00Z").getEpochSecond();
        long start = since == null ? 0 : since;
        int first = Instant.ofEpochSecond(Math.max(start, floor)).atZone(ZoneOffset.UTC).getYear();
        int last = Instant.ofEpochSecond(until).atZone(ZoneOffset.UTC).getYear();
        return Math.max(0, last - first + 1) + (start < floor ? 1 : 0);
    }

    private static void warn(List<String> warnings, String warning) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        }
    }
}
