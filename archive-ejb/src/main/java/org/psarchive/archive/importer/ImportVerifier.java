package org.psarchive.archive.importer;

import jakarta.json.JsonObject;
import jakarta.json.JsonArray;
import java.sql.Connection;
import java.sql.SQLException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.psarchive.archive.eventtype.DataType;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.ImportedRecords;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

/**
 * Reads a job's source again, as the import did, and counts what this archive holds of it; compares
 * the values of a random sample of series.
 */
final class ImportVerifier {

    private ImportVerifier() {
    }

    /** Differences described at most. */
    private static final int MAX_DIFFERENCES = 10;

    /** A series of the source and its id here (null when it is not stored here). */
    private record Sampled(MetadataKey key, SeriesKey series, Long seriesId) {
    }

    static Verification verify(EsmondSource source, ImportSettings settings, Connection connection, ImportJob job)
            throws SourceException, SQLException, ImportStopped {
        return verify(source, settings, connection, job, 0, new Random());
    }

    static Verification verify(EsmondSource source, ImportSettings settings, Connection connection, ImportJob job,
            int sample, Random random) throws SourceException, SQLException, ImportStopped {
        List<Sampled> candidates = new ArrayList<>();
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
                    candidates.add(new Sampled(record.key(), key, here.flatMap(m -> m.series(key)).map(Metadata.Series::id)
                            .orElse(null)));
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
        Collections.shuffle(candidates, random);
        List<String> differences = new ArrayList<>();
        List<Sampled> sampled = candidates.subList(0, Math.min(sample, candidates.size()));
        for (Sampled series : sampled) {
            compare(source, settings, store, job, series, differences);
        }
        return new Verification(List.copyOf(rows), sampled.size(), List.copyOf(differences));
    }

    /** The source's first page of a series in the job's range, value by value against what is stored here. */
    private static void compare(EsmondSource source, ImportSettings settings, ImportStore store, ImportJob job,
            Sampled series, List<String> differences) throws SourceException, SQLException, ImportStopped {
        String path = SourceRecord.path(series.key(), series.series());
        DataType dataType = EventTypes.require(series.series().eventType()).dataType();
        SeriesPager pager = new SeriesPager(source, settings, () -> { });
        long start = job.since() == null ? 0 : job.since();
        boolean[] compared = {false};
        pager.read(path, start, job.until(), (page, reached, complete) -> {
            if (compared[0] || page.isEmpty()) {
                return;
            }
            compared[0] = true;
            long first = page.getJsonObject(0).getJsonNumber("ts").longValue();
            Map<Long, ImportStore.Point> stored = new TreeMap<>();
            if (series.seriesId() != null) {
                store.points(series.seriesId(), first, reached).forEach(point -> stored.put(point.ts(), point));
            }
            for (JsonObject point : page.getValuesAs(JsonObject.class)) {
                long ts = point.getJsonNumber("ts").longValue();
                ImportStore.Point here = stored.get(ts);
                if (point.get("val") == JsonValue.NULL) {
                    continue;
                }
                if (here == null || !same(dataType, series.series().summaryType(), point.get("val"), here)) {
                    if (differences.size() < MAX_DIFFERENCES) {
                        differences.add(path + " at " + ts + ": the source has " + point.get("val") + ", here "
                                + (here == null ? "nothing" : readBack(series.series().summaryType(), dataType, here)));
                    }
                }
            }
        });
    }

    private static boolean same(DataType dataType, SummaryType summaryType, JsonValue source, ImportStore.Point here) {
        if (source instanceof JsonNumber number) {
            if (here.num() == null) {
                return false;
            }
            double value = number.doubleValue();
            double stored = Double.parseDouble(readBack(summaryType, dataType, here));
            return Math.abs(value - stored) <= 1e-9 * Math.max(1, Math.abs(value));
        }
        return here.doc() != null && Jsonp.createReader(new StringReader(here.doc())).readValue().equals(source);
    }

    /** A stored point as the archive reads it back (TimeseriesService's forms, numbers unformatted). */
    private static String readBack(SummaryType summaryType, DataType dataType, ImportStore.Point point) {
        if (point.doc() != null) {
            return point.doc();
        }
        if (point.num() == null) {
            return "null";
        }
        double value = summaryType == SummaryType.AVERAGE && point.cnt() != null ? point.num() / point.cnt()
                : dataType == DataType.PERCENTAGE && point.den() != null ? point.num() / point.den() : point.num();
        return Double.toString(value);
    }

    private static List<Long> times(ImportStore store, long seriesId, long start, long end) {
        try {
            return store.times(seriesId, start, end);
        } catch (SQLException e) {
            throw new IllegalStateException("reading imported times failed", e);
        }
    }
}
