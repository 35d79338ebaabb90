package org.psarchive.archive.importer;

import jakarta.json.JsonArray;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Reads one series of the source as esmond's own client pages it: {@code limit} points, then
 * {@code time-start = last ts + 1}, up to a fixed {@code time-end}, each request within one UTC year
 * (esmond's storage rows are per year, and a request over many years reads them all before applying the
 * limit). Data older than {@link #FIRST_YEAR} (a host whose clock said 1970) is looked for by one probe.
 * A 5xx or a timeout is retried after a back-off that doubles, each time over half the time window;
 * an answer lets the window grow again.
 */
final class SeriesPager {

    /** No esmond stored data before this year. */
    static final int FIRST_YEAR = 2010;

    /** What is done with each page: {@code reached} is the time up to which the series has been read. */
    @FunctionalInterface
    interface PageSink {
        void accept(JsonArray page, long reached, boolean complete) throws SQLException, ImportStopped;
    }

    /** Called before each request: throws to stop. */
    @FunctionalInterface
    interface Check {
        void check() throws SQLException, ImportStopped;
    }

    private final EsmondSource source;
    private final ImportSettings settings;
    private final Check check;

    SeriesPager(EsmondSource source, ImportSettings settings, Check check) {
        this.source = source;
        this.settings = settings;
        this.check = check;
    }

    /** Reads [start, end] of the series at {@code path}; whether any request was needed. */
    boolean read(String path, long start, long end, PageSink sink) throws SourceException, SQLException, ImportStopped {
        long floor = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (start < floor && start <= end) {
            long probeStart = start;
            JsonArray first = retrying(() -> source.data(path, probeStart, Math.min(end, floor - 1), 1));
            start = first.isEmpty() ? floor : first.getJsonObject(0).getJsonNumber("ts").longValue();
        }
        long span = Long.MAX_VALUE;
        int failures = 0;
        boolean ran = false;
        while (start <= end) {
            check.check();
            ran = true;
            long stop = Math.min(end, endOfYear(start));
            if (span != Long.MAX_VALUE) {
                stop = Math.min(stop, start + span - 1);
            }
            JsonArray page;
            try {
                page = source.data(path, start, stop, settings.dataLimit());
            } catch (SourceException e) {
                if (!e.retryable() || ++failures > settings.maxFailures()) {
                    throw e;
                }
                span = Math.max(1, (stop - start + 1) / 2);
                EsmondSource.pause(backoff(failures));
                continue;
            }
            failures = 0;
            if (span != Long.MAX_VALUE) {
                span = span < Long.MAX_VALUE / 2 ? span * 2 : Long.MAX_VALUE;
            }
            long reached = page.size() >= settings.dataLimit()
                    ? page.getJsonObject(page.size() - 1).getJsonNumber("ts").longValue() : stop;
            sink.accept(page, reached, reached >= end);
            start = reached + 1;
        }
        return ran;
    }

    /** A listing request, retried after a back-off on a 5xx or timeout. */
    JsonArray retrying(SourceCall call) throws SourceException {
        int failures = 0;
        while (true) {
            try {
                return call.get();
            } catch (SourceException e) {
                if (!e.retryable() || ++failures > settings.maxFailures()) {
                    throw e;
                }
                EsmondSource.pause(backoff(failures));
            }
        }
    }

    @FunctionalInterface
    interface SourceCall {
        JsonArray get() throws SourceException;
    }

    static long endOfYear(long epochSecond) {
        int year = Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC).getYear();
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
    }

    private Duration backoff(int failures) {
        return settings.backoff().multipliedBy(1L << Math.min(failures - 1, 10));
    }
}
