package org.psarchive.archive.importer;

import jakarta.json.JsonObject;
import jakarta.json.JsonArray;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.psarchive.archive.metadata.ImportedRecords;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.platform.error.InvalidInputException;

/** Reads a job's source again, as the import did, and counts what this archive holds of it. */
final class ImportVerifier {

    private ImportVerifier() {
    }

    static Verification verify(EsmondSource source, ImportSettings settings, Connection connection, ImportJob job)
            throws SourceException, SQLException, ImportStopped {
        SeriesPager pager = new SeriesPager(source, settings, () -> { });
        ImportStore store = new ImportStore(connection);
        Map<SeriesKey, long[]> counts = new TreeMap<>(); // series, source, imported, missing, first, last
        long start = job.since() == null ? 0 : job.since();
        long offset = 0;
        while (true) {
            long pageOffset = offset;
            JsonArray page = pager.retrying(() -> source.metadata(settings.metadataLimit(), pageOffset, job.since()));
            for (JsonObject listed : page.getValuesAs(JsonObject.class)) {
                SourceRecord record;
                try {
                    record = SourceRecord.of(listed);
                } catch (InvalidInputException e) {
                    continue; // refused by this archive, reported by the import
                }
                Optional<Metadata> here = ImportedRecords.find(connection, record.key());
                for (SeriesKey key : record.series()) {
                    Set<Long> local = new HashSet<>(here.flatMap(m -> m.series(key))
                            .map(s -> times(store, s.id(), start, job.until())).orElse(List.of()));
                    long[] row = counts.computeIfAbsent(key, k -> new long[] {0, 0, 0, 0, Long.MAX_VALUE, Long.MIN_VALUE});
                    row[0]++;
                    row[2] += local.size();
                    pager.read(SourceRecord.path(record.key(), key), start, job.until(), (points, reached, complete) -> {
                        for (JsonObject point : points.getValuesAs(JsonObject.class)) {
                            long ts = point.getJsonNumber("ts").longValue();
                            row[1]++;
                            row[3] += local.contains(ts) ? 0 : 1;
                            row[4] = Math.min(row[4], ts);
                            row[5] = Math.max(row[5], ts);
                        }
                    });
                }
            }
            offset += page.size();
            if (page.size() < settings.metadataLimit()) {
                break;
            }
        }
        // by event type x summary, over the records
        Map<String, long[]> byKind = new TreeMap<>();
        counts.forEach((key, row) -> byKind.merge(key.eventType() + " " + key.summaryType().wireName() + " " + key.window(),
                row.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], Math.min(a[4], b[4]),
                    Math.max(a[5], b[5])}));
        List<Verification.Row> rows = new ArrayList<>();
        byKind.forEach((kind, row) -> {
            String[] parts = kind.split(" ");
            rows.add(new Verification.Row(parts[0], parts[1], Long.parseLong(parts[2]), row[0], row[1], row[2], row[3],
                    row[4] == Long.MAX_VALUE ? null : row[4], row[5] == Long.MIN_VALUE ? null : row[5]));
        });
        return new Verification(List.copyOf(rows));
    }

    private static List<Long> times(ImportStore store, long seriesId, long start, long end) {
        try {
            return store.times(seriesId, start, end);
        } catch (SQLException e) {
            throw new IllegalStateException("reading imported times failed", e);
        }
    }
}
