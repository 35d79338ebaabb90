package org.psarchive.archive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.archive.metadata.ImportedRecords;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.NewMetadata;
import org.psarchive.platform.db.DataAccessTest;
import org.psarchive.platform.db.LocalTransaction;
import org.psarchive.platform.json.Jsonp;

/**
 * An import from the {@link EsmondStandIn} into MariaDB and H2, without a server: keys, values and
 * summaries as the source answers them, resumed after a failure or a cancel, idempotent, backing off
 * on 5xx and timeouts, every data request within one UTC year.
 */
class EsmondImportIT extends DataAccessTest {

    private static final Instant NOW = Instant.parse("2025-03-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ImportSettings SETTINGS = new ImportSettings(2, 200, Duration.ofMillis(1500), Duration.ZERO, 4,
            Duration.ofMillis(10));
    private static final EsmondHistory HISTORY = EsmondHistory.standard();
    private static EsmondStandIn esmond;
    /** Keeps the embedded database open between the tests' connections (closing the last one closes it). */
    private static Connection h2Open;

    @BeforeAll
    static void startStandIn() throws Exception {
        esmond = new EsmondStandIn(HISTORY, NOW.getEpochSecond());
        h2Open = databases.get("h2").getConnection();
    }

    @AfterAll
    static void stopStandIn() throws SQLException {
        esmond.close();
        h2Open.close();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importsEveryRecordUnderItsKeyWithEveryPointAsTheSourceAnswersIt(String kind) throws Exception {
        DataSource db = emptied(kind);
        long started = System.nanoTime();

        long job = create(db);
        assertEquals(ImportState.COMPLETED, run(db, job));

        double seconds = (System.nanoTime() - started) / 1e9;
        ImportJob done = job(db, job);
        System.out.printf("esmond import (%s): %d points of %d series in %.2f s: %.0f points/s, %d requests%n", kind,
                done.pointsDone(), done.seriesDone(), seconds, done.pointsDone() / seconds, done.requests());
        assertEquals(3, done.recordsDone());
        assertEquals(0, done.recordsSkipped());
        long sourcePoints = 0;
        for (String path : HISTORY.paths()) {
            TreeMap<Long, String> expected = HISTORY.points(path).isEmpty() ? new TreeMap<>() : new TreeMap<>(HISTORY.points(path));
            assertEquals(normalised(expected), readBack(db, path), path);
            sourcePoints += expected.size();
        }
        assertEquals(sourcePoints, done.pointsDone());
        assertTrue(sourcePoints > 10_000, "a history of some size: " + sourcePoints);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void storesIntegersAsIntegersAndRebuildsPercentagesFromTheCountsAtTheSameTime(String kind) throws Exception {
        DataSource db = emptied(kind);
        run(db, create(db));

        for (String row : rows(db, EsmondHistory.THROUGHPUT + "/throughput/base")) {
            assertTrue(row.matches("\\d+ 9\\d{9} null null"), "an integer, as an integer: " + row);
        }
        List<String> loss = rows(db, EsmondHistory.LATENCY + "/packet-loss-rate/base");
        assertTrue(loss.stream().anyMatch(row -> row.matches("\\d+ [1-3] 600 null")),
                "a loss rate kept as lost/sent: " + loss.subList(0, 10));
        List<String> daily = rows(db, EsmondHistory.LATENCY + "/packet-loss-rate/aggregations/86400");
        assertTrue(daily.stream().allMatch(row -> row.matches("\\d+ \\d+ 3600 null")),
                "daily loss from the daily counts (6 x 600 sent): " + daily.subList(0, 3));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void keepsEachEventTypesTimeUpdatedFromTheSource(String kind) throws Exception {
        DataSource db = emptied(kind);
        run(db, create(db));

        assertEquals(List.of(EsmondHistory.at(2021, 6, 30), EsmondHistory.at(2021, 6, 30)),
                query(db, "SELECT s.time_updated FROM ps_series s JOIN ps_metadata m ON m.id = s.metadata_id WHERE"
                        + " m.metadata_key = '" + EsmondHistory.RETIRED + "' AND s.summary_type = 'base' ORDER BY s.event_type"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void importingTwiceChangesNothing(String kind) throws Exception {
        DataSource db = emptied(kind);
        run(db, create(db));
        List<String> first = snapshot(db);

        long again = create(db);
        assertEquals(ImportState.COMPLETED, run(db, again));

        assertEquals(first, snapshot(db));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailedJobResumesWhereItStoppedAndEndsAsAFullImport(String kind) throws Exception {
        DataSource db = emptied(kind);
        run(db, create(db));
        List<String> full = snapshot(db);
        db = emptied(kind);
        esmond.fail(request -> request.startsWith(EsmondHistory.LATENCY + "/packet-loss-rate/base"), 1, 404);

        long job = create(db);
        assertEquals(ImportState.FAILED, run(db, job));
        assertTrue(job(db, job).message().contains("404"), job(db, job).message());
        int before = esmond.requests().size();
        assertTrue(transition(db, job, ImportState.FAILED, ImportState.QUEUED));
        assertEquals(ImportState.COMPLETED, run(db, job));

        assertEquals(full, snapshot(db));
        List<String> resumed = esmond.requestsSince(before);
        assertFalse(resumed.stream().anyMatch(request -> request.startsWith(EsmondHistory.THROUGHPUT + "/")),
                "the series copied before the failure are not read again: " + resumed.subList(0, 5));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aJobLeftRunningByAStoppedServerIsFoundActiveAndANewRunFinishesIt(String kind) throws Exception {
        DataSource db = emptied(kind);
        esmond.fail(request -> request.startsWith(EsmondHistory.LATENCY + "/histogram-ttl/base"), 1, 400);
        long job = create(db);
        assertEquals(ImportState.FAILED, run(db, job));
        // as a server stopped mid-run leaves it: running, its marks committed up to the last batch
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ps_import_job SET state = 'running' WHERE id = " + job);
        }

        try (Connection connection = db.getConnection()) {
            assertEquals(List.of(job), new ImportStore(connection).active().stream().map(ImportJob::id).toList(),
                    "what ImportJobs resumes at start-up");
        }
        assertEquals(ImportState.COMPLETED, run(db, job));
        for (String path : HISTORY.paths()) {
            assertEquals(normalised(new TreeMap<>(HISTORY.points(path))), readBack(db, path), path);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aCancelledJobStopsAndResumesToAFullImport(String kind) throws Exception {
        DataSource db = emptied(kind);
        String slowPath = EsmondHistory.LATENCY + "/histogram-owdelay/base";
        esmond.slow(request -> request.startsWith(slowPath), 1, Duration.ofMillis(800));
        int before = esmond.requests().size();
        long job = create(db);
        DataSource source = db;
        CompletableFuture<ImportState> running = CompletableFuture.supplyAsync(() -> run(source, job));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (esmond.requestsSince(before).stream()
                .noneMatch(request -> request.startsWith(slowPath))) {
            assertTrue(System.nanoTime() < deadline, "the import reaches the slow page");
            Thread.onSpinWait();
        }

        assertTrue(transition(db, job, ImportState.RUNNING, ImportState.CANCELLED));
        assertEquals(ImportState.CANCELLED, running.get(30, TimeUnit.SECONDS));
        long partial = job(db, job).pointsDone();
        assertTrue(transition(db, job, ImportState.CANCELLED, ImportState.QUEUED));
        assertEquals(ImportState.COMPLETED, run(db, job));

        assertTrue(partial < job(db, job).pointsDone(), partial + " points before the cancel");
        for (String path : HISTORY.paths()) {
            assertEquals(normalised(new TreeMap<>(HISTORY.points(path))), readBack(db, path), path);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void backsOffAndHalvesTheWindowOnServerErrorsAndTimeouts(String kind) throws Exception {
        DataSource db = emptied(kind);
        String path = EsmondHistory.THROUGHPUT + "/throughput/base";
        esmond.fail(request -> request.startsWith(path + "?format=json&time-start=17"), 2, 503);
        esmond.slow(request -> request.startsWith(EsmondHistory.THROUGHPUT + "/packet-retransmits/base?format=json&time-start=17"),
                1, Duration.ofMillis(2500));
        int before = esmond.requests().size();

        long job = create(db);
        assertEquals(ImportState.COMPLETED, run(db, job));

        assertEquals(normalised(new TreeMap<>(HISTORY.points(path))), readBack(db, path));
        List<long[]> windows = esmond.requestsSince(before).stream()
                .filter(request -> request.startsWith(path + "?")).map(EsmondImportIT::window).toList();
        int failed = indexOfFirstWithStartAbove(windows, 1_700_000_000L);
        long width = windows.get(failed)[1] - windows.get(failed)[0];
        long halved = windows.get(failed + 1)[1] - windows.get(failed + 1)[0];
        long quartered = windows.get(failed + 2)[1] - windows.get(failed + 2)[0];
        assertEquals(windows.get(failed)[0], windows.get(failed + 2)[0], "the same start, asked again");
        assertTrue(halved < width && quartered < halved, width + " > " + halved + " > " + quartered);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyDataRequestHasALimitAFixedEndAndStaysWithinOneUtcYear(String kind) throws Exception {
        DataSource db = emptied(kind);
        int before = esmond.requests().size();

        run(db, create(db));

        List<String> data = esmond.requestsSince(before).stream()
                .filter(request -> !request.startsWith("?")).toList();
        assertFalse(data.isEmpty());
        for (String request : data) {
            assertTrue(request.contains("&limit="), request);
            long[] window = window(request);
            assertTrue(window[1] <= NOW.getEpochSecond(), request);
            int startYear = Instant.ofEpochSecond(window[0]).atZone(ZoneOffset.UTC).getYear();
            int endYear = Instant.ofEpochSecond(window[1]).atZone(ZoneOffset.UTC).getYear();
            assertTrue(startYear == endYear || window[1] < EsmondHistory.at(SeriesPager.FIRST_YEAR, 1, 1),
                    "within one year (or the one probe before " + SeriesPager.FIRST_YEAR + "): " + request);
        }
        List<String> listing = esmond.requestsSince(before).stream()
                .filter(request -> request.startsWith("?")).toList();
        assertTrue(listing.stream().noneMatch(request -> request.contains("time-")), "the listing without time filters");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPostOfTheSameBodyAfterTheImportLandsOnTheImportedKey(String kind) throws Exception {
        DataSource db = emptied(kind);
        long job = create(db);
        assertEquals(ImportState.COMPLETED, run(db, job, true));

        // as pScheduler's esmond archiver posts it: numbers as numbers, summaries as it registers them
        NewMetadata posted = MetadataRequest.parse(Jsonp.createReader(new StringReader("""
                {"subject-type":"point-to-point","source":"10.0.0.1","destination":"10.0.0.2",
                 "measurement-agent":"10.0.0.1","input-source":"ps1.example","input-destination":"ps2.example",
                 "tool-name":"pscheduler/iperf3","time-duration":20.0,"ip-transport-protocol":"tcp",
                 "bw-parallel-streams":1,"pscheduler-test-type":"throughput",
                 "event-types":[{"event-type":"failures"},{"event-type":"packet-retransmits"},
                   {"event-type":"pscheduler-run-href"},
                   {"event-type":"throughput","summaries":[{"summary-type":"average","summary-window":86400}]},
                   {"event-type":"throughput-subintervals"}]}""")).readObject());
        try (Connection connection = db.getConnection()) {
            assertEquals(EsmondHistory.THROUGHPUT, ImportedRecords.withContent(connection, posted).orElseThrow().key().value());
        }
        assertEquals(0, job(db, job).pointsDone(), "--metadata-only copies no points");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void detectsElmondByItsRefusalOfLargeLimits(String kind) throws Exception {
        EsmondSource source = new EsmondSource(esmond.base(), null, Duration.ofSeconds(5), Duration.ZERO);
        assertFalse(source.refusesLargeLimits(), kind);
        esmond.elmond(true);
        try {
            assertTrue(source.refusesLargeLimits());
        } finally {
            esmond.elmond(false);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void plansRecordsSeriesAndRequestsAndWarnsOfElmond(String kind) throws Exception {
        EsmondSource source = new EsmondSource(esmond.base(), null, Duration.ofSeconds(5), Duration.ZERO);
        try (Connection connection = emptied(kind).getConnection()) {
            ImportPlan plan = ImportPlanner.plan(source, SETTINGS, connection, null, NOW.getEpochSecond());
            assertEquals(3, plan.records());
            assertEquals(25, plan.series());
            assertEquals(2 + 25 * (1 + 16), plan.estimatedRequests(), "2 pages, a probe and 2010..2025 per series");
            assertEquals(List.of(), plan.warnings());

            esmond.elmond(true);
            try {
                assertTrue(ImportPlanner.plan(source, SETTINGS, connection, null, NOW.getEpochSecond()).warnings().get(0)
                        .contains("elmond"));
            } finally {
                esmond.elmond(false);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void verifyFindsNothingMissingAfterAnImportAndCountsWhatIsDeletedSince(String kind) throws Exception {
        DataSource db = emptied(kind);
        long id = create(db);
        run(db, id);
        EsmondSource source = new EsmondSource(esmond.base(), null, Duration.ofSeconds(5), Duration.ZERO);

        try (Connection connection = db.getConnection()) {
            Verification clean = ImportVerifier.verify(source, SETTINGS, connection, job(db, id));
            assertFalse(clean.differs(), clean.toString());
            assertEquals(25, clean.rows().stream().mapToLong(Verification.Row::series).sum());
            clean.rows().forEach(row -> assertEquals(row.sourcePoints(), row.importedPoints(), row.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM ps_point WHERE ts < " + EsmondHistory.at(2024, 1, 1) + " AND series_id IN"
                        + " (SELECT s.id FROM ps_series s WHERE s.event_type = 'throughput' AND s.summary_type = 'base')");
            }
            Verification after = ImportVerifier.verify(source, SETTINGS, connection, job(db, id));
            assertEquals(HISTORY.points(EsmondHistory.THROUGHPUT + "/throughput/base").headMap(EsmondHistory.at(2024, 1, 1)).size(),
                    after.missing());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void verifyComparesTheValuesOfASampleOfSeries(String kind) throws Exception {
        DataSource db = emptied(kind);
        long id = create(db);
        run(db, id);
        EsmondSource source = new EsmondSource(esmond.base(), null, Duration.ofSeconds(5), Duration.ZERO);

        try (Connection connection = db.getConnection()) {
            Verification all = ImportVerifier.verify(source, SETTINGS, connection, job(db, id), 100, new java.util.Random(1));
            assertEquals(25, all.sampled());
            assertEquals(List.of(), all.sampleDifferences(), "every value as the source answers it");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE ps_point SET num = num + 1 WHERE series_id IN (SELECT s.id FROM ps_series s"
                        + " WHERE s.event_type = 'packet-count-sent' AND s.summary_type = 'base')");
            }
            Verification changed = ImportVerifier.verify(source, SETTINGS, connection, job(db, id), 100, new java.util.Random(2));
            assertTrue(changed.differs());
            assertEquals(0, changed.missing());
            assertTrue(changed.sampleDifferences().get(0).contains("packet-count-sent/base at"), changed.sampleDifferences().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRecordWithTheContentOfAnotherIsPlannedAsSkippedAndSkippedWithAWarning(String kind) throws Exception {
        DataSource db = emptied(kind);
        try (EsmondStandIn twins = new EsmondStandIn(EsmondHistory.withTwin(), NOW.getEpochSecond());
                Connection connection = db.getConnection()) {
            EsmondSource source = new EsmondSource(twins.base(), null, Duration.ofSeconds(5), Duration.ZERO);
            List<String> warnings = ImportPlanner.plan(source, SETTINGS, connection, null, NOW.getEpochSecond()).warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains(EsmondHistory.TWIN) && warnings.get(0).contains("same content"), warnings.get(0));

            long job = new ImportStore(connection).create(new ImportJob.Request(twins.base().toString(), null, null,
                    NOW.getEpochSecond(), false), NOW.getEpochSecond());
            assertEquals(ImportState.COMPLETED, new ImportRun(db, source, CLOCK, SETTINGS, job).run());

            ImportJob done = job(db, job);
            assertEquals(4, done.recordsDone());
            assertEquals(1, done.recordsSkipped());
            assertTrue(done.message().contains(EsmondHistory.TWIN) && done.message().contains(EsmondHistory.THROUGHPUT),
                    done.message());
            assertEquals(List.of(), query(db, "SELECT id FROM ps_metadata WHERE metadata_key = '" + EsmondHistory.TWIN + "'"));
        }
    }

    // ---- helpers

    private static int indexOfFirstWithStartAbove(List<long[]> windows, long start) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i)[0] > start) {
                return i;
            }
        }
        throw new AssertionError("no window starts after " + start);
    }

    private static final Pattern WINDOW = Pattern.compile("time-start=(\\d+)&time-end=(\\d+)");

    private static long[] window(String request) {
        Matcher matcher = WINDOW.matcher(request);
        assertTrue(matcher.find(), request);
        return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))};
    }

    private static DataSource emptied(String kind) throws SQLException {
        DataSource db = databases.get(kind);
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM ps_import_job");
            statement.executeUpdate("DELETE FROM ps_metadata");
        }
        return db;
    }

    private static long create(DataSource db) throws SQLException {
        return create(db, false);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void neverStoresTheSourcesApiKey(String kind) throws SQLException {
        DataSource db = emptied(kind);
        String key = "source-key-" + java.util.UUID.randomUUID();
        try (Connection connection = db.getConnection()) {
            long id = new ImportStore(connection).create(new ImportJob.Request(esmond.base().toString(), key, null,
                    NOW.getEpochSecond(), false), NOW.getEpochSecond());
            ImportJob job = job(db, id);
            assertTrue(job.needsKey(), "the job knows it reads with a key");
            assertEquals(ImportJob.KEY_GIVEN, job.apiKey());
            try (java.sql.Statement statement = connection.createStatement();
                    java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM ps_import_job")) {
                while (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        assertTrue(!String.valueOf(rows.getString(column)).contains(key), "the key in column " + column);
                    }
                }
            }
        }
    }

    private static long create(DataSource db, boolean metadataOnly) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return new ImportStore(connection).create(new ImportJob.Request(esmond.base().toString(), null, null,
                    NOW.getEpochSecond(), metadataOnly), NOW.getEpochSecond());
        }
    }

    private static ImportState run(DataSource db, long job) {
        return new ImportRun(db, new EsmondSource(esmond.base(), null, SETTINGS.timeout(), SETTINGS.minInterval()), CLOCK,
                SETTINGS, job).run();
    }

    private static ImportState run(DataSource db, long job, boolean metadataOnly) throws SQLException {
        if (metadataOnly) {
            try (Connection connection = db.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE ps_import_job SET metadata_only = TRUE WHERE id = " + job);
            }
        }
        return run(db, job);
    }

    private static ImportJob job(DataSource db, long id) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return new ImportStore(connection).job(id).orElse(null);
        }
    }

    private static boolean transition(DataSource db, long job, ImportState from, ImportState to) throws SQLException {
        try (Connection connection = db.getConnection()) {
            return LocalTransaction.run(connection, () -> new ImportStore(connection).transition(job, List.of(from), to, null,
                    NOW.getEpochSecond()));
        }
    }

    /** A series' points as this archive answers them (esmond's read-back forms), by time. */
    private static TreeMap<Long, String> readBack(DataSource db, String path) throws SQLException {
        String[] parts = path.split("/");
        String summaryType = parts[2].equals("base") ? "base" : switch (parts[2]) {
            case "aggregations" -> "aggregation";
            case "averages" -> "average";
            default -> "statistics";
        };
        long window = parts.length > 3 ? Long.parseLong(parts[3]) : 0;
        TreeMap<Long, String> points = new TreeMap<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT p.ts, p.num, p.den, p.cnt, p.doc FROM ps_point p"
                        + " JOIN ps_series s ON s.id = p.series_id JOIN ps_metadata m ON m.id = s.metadata_id"
                        + " WHERE m.metadata_key = '" + parts[0] + "' AND s.event_type = '" + parts[1] + "'"
                        + " AND s.summary_type = '" + summaryType + "' AND s.summary_window = " + window)) {
            while (row.next()) {
                String doc = row.getString(5);
                double num = row.getDouble(2);
                double den = row.getDouble(3);
                boolean ratio = !row.wasNull();
                long cnt = row.getLong(4);
                boolean average = !row.wasNull();
                String value = doc != null ? doc
                        : PointValue.Numeric.jsonText(average ? num / cnt : ratio ? num / den : num);
                points.put(row.getLong(1), normalised(value));
            }
        }
        return points;
    }

    private static TreeMap<Long, String> normalised(TreeMap<Long, String> points) {
        TreeMap<Long, String> normal = new TreeMap<>();
        points.forEach((ts, value) -> normal.put(ts, normalised(value)));
        return normal;
    }

    /** JSON text compared by value: numbers as esmond's float text, documents as parsed. */
    private static String normalised(String value) {
        JsonValue json = Jsonp.createReader(new StringReader(value)).readValue();
        return json instanceof jakarta.json.JsonNumber number ? PointValue.Numeric.jsonText(number.doubleValue())
                : json.toString();
    }

    /** The rows of a series as "ts num den cnt", the numbers written as integers where they are whole. */
    private static List<String> rows(DataSource db, String path) throws SQLException {
        String[] parts = path.split("/");
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT p.ts, p.num, p.den, p.cnt FROM ps_point p"
                        + " JOIN ps_series s ON s.id = p.series_id JOIN ps_metadata m ON m.id = s.metadata_id"
                        + " WHERE m.metadata_key = '" + parts[0] + "' AND s.event_type = '" + parts[1] + "'"
                        + " AND s.summary_type = '" + (parts[2].equals("base") ? "base" : "aggregation") + "'"
                        + " AND s.summary_window = " + (parts.length > 3 ? parts[3] : "0") + " ORDER BY p.ts")) {
            while (row.next()) {
                rows.add(row.getLong(1) + " " + number(row.getObject(2)) + " " + number(row.getObject(3)) + " "
                        + row.getObject(4));
            }
        }
        return rows;
    }

    private static String number(Object value) {
        if (value == null) {
            return "null";
        }
        double number = ((Number) value).doubleValue();
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }

    /** Every stored series and point of the archive, as text, in a stable order. */
    private static List<String> snapshot(DataSource db) throws SQLException {
        List<String> all = new ArrayList<>(texts(db, "SELECT CONCAT(m.metadata_key, ' ', m.checksum, ' ', s.event_type, ' ',"
                + " s.summary_type, ' ', s.summary_window, ' ', COALESCE(CAST(s.time_updated AS CHAR), 'null'))"
                + " FROM ps_series s JOIN ps_metadata m ON m.id = s.metadata_id ORDER BY 1"));
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT m.metadata_key, s.event_type, s.summary_type,"
                        + " s.summary_window, p.ts, p.num, p.den, p.cnt, p.doc FROM ps_point p"
                        + " JOIN ps_series s ON s.id = p.series_id JOIN ps_metadata m ON m.id = s.metadata_id"
                        + " ORDER BY m.metadata_key, s.event_type, s.summary_type, s.summary_window, p.ts")) {
            while (row.next()) {
                all.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getLong(4) + " "
                        + row.getLong(5) + " " + row.getObject(6) + " " + row.getObject(7) + " " + row.getObject(8) + " "
                        + row.getString(9));
            }
        }
        return all;
    }

    private static List<String> texts(DataSource db, String sql) throws SQLException {
        return query(db, sql).stream().map(String::valueOf).toList();
    }

    private static List<Object> query(DataSource db, String sql) throws SQLException {
        List<Object> values = new ArrayList<>();
        try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                values.add(row.getObject(1));
            }
        }
        return values;
    }
}
