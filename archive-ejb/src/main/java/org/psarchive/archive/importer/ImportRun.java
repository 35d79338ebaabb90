package org.psarchive.archive.importer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.psarchive.archive.eventtype.DataType;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.ImportedRecords;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.error.InvalidInputException;

/**
 * One run of an import job, on the calling thread, until it completes, fails or is cancelled: the
 * source's metadata listing page by page (without time filters unless {@code --since}), each record
 * stored under its key, then each of its series copied as esmond's own client pages it ({@code limit},
 * then {@code time-start = last ts + 1}, a fixed {@code time-end}, every request within one UTC year).
 * Each batch of points is committed with the series' high-water mark and the job's counters, so a run
 * started again after any interruption goes on from there, and setting points rather than adding them
 * makes a replayed batch change nothing.
 */
final class ImportRun {

    private static final Logger LOG = Logger.getLogger(ImportRun.class.getName());
    private static final int MAX_WARNINGS = 5;

    private final DataSource dataSource;
    /** The run's one connection (each batch a local transaction on it): opened by {@link #run}. */
    private Connection connection;
    private final EsmondSource source;
    private final Clock clock;
    private final ImportSettings settings;
    private final long jobId;
    private final SeriesPager pager;
    private final List<String> warnings = new ArrayList<>();
    private long requestsCounted;

    ImportRun(DataSource dataSource, EsmondSource source, Clock clock, ImportSettings settings, long jobId) {
        this.dataSource = dataSource;
        this.source = source;
        this.clock = clock;
        this.settings = settings;
        this.jobId = jobId;
        this.pager = new SeriesPager(source, settings, this::checkRunning);
    }

    /** Runs the job; its state at the end. */
    ImportState run() {
        try (Connection held = dataSource.getConnection()) {
            connection = held;
            return runOn();
        } catch (SQLException e) {
            LOG.warning(() -> "Import job " + jobId + " has no database connection: " + e);
            return ImportState.FAILED;
        } finally {
            connection = null;
        }
    }

    private ImportState runOn() {
        ImportJob job;
        try {
            job = inTransaction(store -> store.job(jobId).orElseThrow());
            boolean started = inTransaction(store -> store.transition(jobId, List.of(ImportState.QUEUED, ImportState.RUNNING),
                    ImportState.RUNNING, null, now()));
            if (!started) {
                return job.state();
            }
            importAll(job);
            String done = warnings.isEmpty() ? "completed" : "completed; " + String.join("; ", warnings);
            inTransaction(store -> store.transition(jobId, List.of(ImportState.RUNNING), ImportState.COMPLETED, done, now()));
            return ImportState.COMPLETED;
        } catch (ImportStopped stopped) {
            return ImportState.CANCELLED;
        } catch (SourceException | SQLException | RuntimeException e) {
            LOG.warning(() -> "Import job " + jobId + " failed: " + e);
            String message = e instanceof SourceException || e instanceof InvalidInputException ? e.getMessage()
                    : "failed: " + e;
            try {
                inTransaction(store -> store.transition(jobId, List.of(ImportState.RUNNING), ImportState.FAILED, message, now()));
            } catch (SQLException again) {
                LOG.severe(() -> "Import job " + jobId + " could not record its failure: " + again);
            }
            return ImportState.FAILED;
        }
    }

    private void importAll(ImportJob job) throws SourceException, SQLException, ImportStopped {
        long offset = job.nextOffset();
        inTransaction(store -> {
            store.page(jobId, offset, job.recordsTotal());
            store.recordsDone(jobId, offset); // a resumed run counts the records of its page again
            return null;
        });
        int limit = settings.metadataLimit();
        long next = offset;
        while (true) {
            checkRunning();
            long pageOffset = next;
            JsonArray page = pager.retrying(() -> source.metadata(settings.metadataLimit(), pageOffset, job.since()));
            long total = page.isEmpty() ? pageOffset : countTotal(page.getJsonObject(0), pageOffset + page.size());
            for (JsonValue listed : page) {
                importRecord(job, listed.asJsonObject());
            }
            next = pageOffset + page.size();
            long reached = next;
            inTransaction(store -> {
                store.page(jobId, reached, Math.max(total, reached));
                return null;
            });
            if (page.size() < limit) {
                return;
            }
        }
    }

    private static long countTotal(JsonObject first, long atLeast) {
        return first.get("metadata-count-total") instanceof JsonNumber total ? total.longValue() : atLeast;
    }

    private void importRecord(ImportJob job, JsonObject listed) throws SourceException, SQLException, ImportStopped {
        SourceRecord record;
        try {
            record = SourceRecord.of(listed);
        } catch (InvalidInputException e) {
            skip("record " + listed.getOrDefault("metadata-key", JsonValue.NULL) + " skipped: " + e.getMessage());
            return;
        }
        ImportedRecords.Stored stored = inTransaction(store -> {
            ImportedRecords.Stored result = ImportedRecords.store(store.connection(), record.key(), record.metadata(),
                    clock.instant());
            if (result.outcome() == ImportedRecords.Outcome.CREATED || result.outcome() == ImportedRecords.Outcome.EXISTED) {
                for (var updated : record.timeUpdated().entrySet()) {
                    if (updated.getValue() != null) {
                        store.timeUpdated(result.record().series(SeriesKey.base(updated.getKey())).orElseThrow().id(),
                                updated.getValue());
                    }
                }
            }
            return result;
        });
        switch (stored.outcome()) {
            case COLLISION -> {
                skip("record " + record.key() + " skipped: its content is that of record " + stored.record().key());
                return;
            }
            case KEY_TAKEN -> {
                skip("record " + record.key() + " skipped: that key holds other content here");
                return;
            }
            default -> {
            }
        }
        if (!job.metadataOnly()) {
            for (SeriesKey series : record.series()) {
                copySeries(job, record, stored.record(), series);
            }
        }
        inTransaction(store -> {
            store.progress(jobId, 1, 0, 0, 0, requestsSinceLastCount(), now());
            return null;
        });
    }

    private void skip(String warning) throws SQLException {
        LOG.warning(() -> "Import job " + jobId + ": " + warning);
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(warning);
        }
        inTransaction(store -> {
            store.progress(jobId, 1, 1, 0, 0, requestsSinceLastCount(), now());
            store.message(jobId, warning);
            return null;
        });
    }

    private void copySeries(ImportJob job, SourceRecord record, Metadata stored, SeriesKey key)
            throws SourceException, SQLException, ImportStopped {
        ImportStore.Mark mark = inTransaction(store -> store.mark(jobId, record.key().value(), key).orElse(null));
        if (mark != null && mark.complete()) {
            return;
        }
        long seriesId = stored.series(key).orElseThrow().id();
        DataType dataType = EventTypes.require(key.eventType()).dataType();
        long end = job.until();
        long[] start = {mark != null ? mark.lastTs() + 1 : Math.max(0, job.since() == null ? 0 : job.since())};
        long[] points = {mark == null ? 0 : mark.points()};
        boolean ran = pager.read(SourceRecord.path(record.key(), key), start[0], end, (page, reached, complete) -> {
            long windowStart = start[0];
            start[0] = reached + 1;
            if (page.isEmpty() && !complete) {
                return; // an empty year: nothing to commit (a resumed run asks for it again, cheaply)
            }
            List<ImportStore.Point> rows = inTransaction(store -> mapped(store, stored, key, dataType, page,
                    windowStart, reached));
            points[0] += rows.size();
            inTransaction(store -> {
                store.setPoints(seriesId, rows);
                store.setMark(jobId, record.key().value(), key, new ImportStore.Mark(reached, points[0], complete));
                store.progress(jobId, 0, 0, complete ? 1 : 0, rows.size(), requestsSinceLastCount(), now());
                return null;
            });
        });
        if (!ran) { // nothing left in the range: done
            inTransaction(store -> {
                store.setMark(jobId, record.key().value(), key, new ImportStore.Mark(end, points[0], true));
                store.progress(jobId, 0, 0, 1, 0, requestsSinceLastCount(), now());
                return null;
            });
        }
    }

    private static List<ImportStore.Point> mapped(ImportStore store, Metadata stored, SeriesKey key,
            DataType dataType, JsonArray page, long start, long end) throws SQLException {
        PointMapping.Counts counts = PointMapping.Counts.NONE;
        if (dataType == DataType.PERCENTAGE) {
            counts = PointMapping.countsOf(key.eventType())
                    .flatMap(names -> stored.series(new SeriesKey(names[0], key.summaryType(), key.window()))
                            .flatMap(lost -> stored.series(new SeriesKey(names[1], key.summaryType(), key.window()))
                                    .map(sent -> new long[] {lost.id(), sent.id()})))
                    .map(ids -> {
                        try {
                            return new PointMapping.Counts(store.numbersAt(ids[0], start, end), store.numbersAt(ids[1], start, end));
                        } catch (SQLException e) {
                            throw new IllegalStateException("reading packet counts failed", e);
                        }
                    }).orElse(PointMapping.Counts.NONE);
        }
        List<ImportStore.Point> rows = new ArrayList<>(page.size());
        for (JsonObject point : page.getValuesAs(JsonObject.class)) {
            long ts = point.getJsonNumber("ts").longValue();
            PointMapping.point(dataType, key.summaryType(), ts, point.get("val"), counts).ifPresent(rows::add);
        }
        return rows;
    }

    /** Stops the run when the job left the running state (cancelled, or run elsewhere). */
    private void checkRunning() throws SQLException, ImportStopped {
        ImportState state = inTransaction(store -> store.job(jobId).map(ImportJob::state).orElse(ImportState.CANCELLED));
        if (state != ImportState.RUNNING) {
            throw new ImportStopped();
        }
    }

    private long requestsSinceLastCount() {
        long delta = source.requests() - requestsCounted;
        requestsCounted = source.requests();
        return delta;
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(ImportStore store) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        ImportStore store = new ImportStore(connection);
        return LocalTransaction.run(connection, () -> work.run(store));
    }
}
