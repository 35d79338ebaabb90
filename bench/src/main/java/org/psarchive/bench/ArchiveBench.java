package org.psarchive.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code bin/bench archive}: measures the archive of a running platform (started by bin/bench on a
 * fresh MariaDB database) and prints one table. docs/benchmarks.md explains every scenario.
 *
 * <p>Arguments: the platform's base URL, its data directory (for admin.token), the pid of its JVM and
 * the pid of mariadbd (0 if not visible). The database comes from PSARCHIVE_DB_URL / _USER / _PASSWORD,
 * as for the platform itself. BENCH_SECONDS sets the length of each measurement (default 20).
 */
public final class ArchiveBench {

    /** The pScheduler pattern's concurrency, and the size of the one client thread pool. */
    static final int CLIENTS = 32;
    /** Concurrent writers of the bulk ingest, through the API and through raw JDBC alike. */
    static final int BULK_WRITERS = 4;
    static final int POINTS_PER_REQUEST = 1000;
    /** One year of 5-minute points. */
    static final int YEAR_POINTS = 365 * 24 * 12;
    static final int READ_RUNS = 10;

    private final Api api;
    private final Path dataDir;
    private final long payaraPid;
    private final Duration measure;
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, runnable -> {
        Thread thread = new Thread(runnable, "bench-client");
        thread.setDaemon(true);
        return thread;
    });
    private final Connection db;
    private final Probe probe;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String token;

    /**
     * One measured scenario: a line of each table. An operation (a PUT, a batch, a result, a read) carries
     * {@code unitsPerOperation} units (points, rows, results, reads); latencies are per operation.
     */
    record Row(String scenario, String name, Load.Result result, int unitsPerOperation, String unit, String operation,
            String goal, Boolean pass, Probe.Delta delta) {

        String verdict() {
            String verdict = pass == null ? "-" : pass ? "PASS" : "FAIL";
            return result.errors() > 0 ? verdict + " (" + result.errors() + " errors)" : verdict;
        }
    }

    private ArchiveBench(URI base, Path dataDir, long payaraPid, long mariadbPid, Duration measure) throws SQLException {
        this.api = new Api(base);
        this.dataDir = dataDir;
        this.payaraPid = payaraPid;
        this.measure = measure;
        this.db = connect();
        this.probe = new Probe(payaraPid, mariadbPid, db);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ArchiveBench BASE_URL DATA_DIR PAYARA_PID MARIADB_PID (run it through bin/bench archive)");
            System.exit(2);
        }
        long seconds = Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "20"));
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("BENCH_SECONDS must be between 1 and 600");
        }
        ArchiveBench bench = new ArchiveBench(URI.create(args[0]), Path.of(args[1]), Long.parseLong(args[2]),
                Long.parseLong(args[3]), Duration.ofSeconds(seconds));
        String environment = bench.waitUntilReady(Duration.ofSeconds(240)) + "; load average before: " + loadAverage();
        String only = System.getenv().getOrDefault("BENCH_ONLY", "abc");
        if (!only.matches("[abc]+")) {
            throw new IllegalArgumentException("BENCH_ONLY must name scenarios among a, b and c, e.g. BENCH_ONLY=b");
        }
        bench.createAccount();
        if (only.contains("a")) {
            bench.bulkIngest();
        }
        if (only.contains("b")) {
            bench.pschedulerPattern();
        }
        if (only.contains("c")) {
            bench.readOneYear();
        }
        bench.print(environment);
        System.exit(0);
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows here and in "CPU other". */
    private static String loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /** A connection with the platform's own URL and account; no statement may hang for more than a minute. */
    private static Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(System.getenv("PSARCHIVE_DB_URL"),
                System.getenv("PSARCHIVE_DB_USER"), System.getenv("PSARCHIVE_DB_PASSWORD"));
        connection.setNetworkTimeout(Runnable::run, 60_000);
        return connection;
    }

    // ---------------------------------------------------------------------------------------- set-up

    /** Waits for /health/ready UP, /api/platform and the admin token; returns a line describing the set-up. */
    private String waitUntilReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Path tokenFile = dataDir.resolve("admin.token");
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (payaraPid > 0 && ProcessHandle.of(payaraPid).map(p -> !p.isAlive()).orElse(true)) {
                throw new IllegalStateException("the platform exited during start-up");
            }
            try {
                Api.Response ready = api.get("health/ready");
                last = "/health/ready: HTTP " + ready.status() + " " + ready.body();
                if (ready.status() == 200 && ready.body().contains("\"UP\"") && Files.isRegularFile(tokenFile)) {
                    Api.Response platform = api.get("api/platform");
                    last = "/api/platform: HTTP " + platform.status();
                    if (platform.ok() && !Files.readString(tokenFile).isBlank()) {
                        return "psarchive " + Api.member(platform.body(), "version") + " on "
                                + Api.member(platform.body(), "database-version");
                    }
                }
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform was not ready within " + limit.toSeconds() + " s (" + last + ")");
    }

    private void createAccount() throws Exception {
        String admin = Files.readString(dataDir.resolve("admin.token")).trim();
        Api.Response created = Api.expect(api.post("api/admin/accounts", "{\"name\":\"bench-" + System.currentTimeMillis()
                + "\",\"permissions\":[\"metadata-post\",\"timeseries-post\"],\"key\":true}", admin), 201, "account create");
        token = Api.member(created.body(), "key");
    }

    // -------------------------------------------------------------------------------- a. bulk ingest

    /**
     * Bulk PUTs of 1000 {@code packet-count-sent} points (one a minute) with an hourly aggregation, by
     * {@link #BULK_WRITERS} writers into their own records; then the same number of rows, in batches of
     * 1000, straight into {@code ps_point} by as many JDBC connections into scratch series of their own.
     */
    private void bulkIngest() throws Exception {
        String aggregation = "[{\"summary-type\":\"aggregation\",\"summary-window\":3600}]";
        String[] keys = new String[BULK_WRITERS];
        for (int i = 0; i < BULK_WRITERS; i++) {
            keys[i] = api.createMetadata(Payloads.integerMetadata(1, i, aggregation), token);
        }
        Load viaApi = new Load(pool, BULK_WRITERS);
        Load.Operation put = (client, sequence) -> api.putData(keys[client],
                Payloads.integerPoints(Payloads.T0 + sequence * POINTS_PER_REQUEST * 60L, POINTS_PER_REQUEST, 60), token);
        progress("a. bulk ingest through the API: warm-up, then " + measure.toSeconds() + " s");
        progress(WarmUp.run(viaApi, put, probe));
        Probe.Snapshot before = probe.take();
        Load.Result apiResult = viaApi.run(10_000, measure, put);
        Probe.Delta apiDelta = Probe.between(before, probe.take());

        long[] series = new long[BULK_WRITERS];
        Connection[] connections = new Connection[BULK_WRITERS];
        for (int i = 0; i < BULK_WRITERS; i++) {
            series[i] = baseSeriesId(api.createMetadata(Payloads.integerMetadata(2, i, aggregation), token));
            connections[i] = connect();
            connections[i].setAutoCommit(false);
            connections[i].setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // as the platform's pool
        }
        Load viaJdbc = new Load(pool, BULK_WRITERS);
        Load.Operation insert = (client, sequence) -> insertBatch(connections[client], series[client],
                Payloads.T0 + sequence * POINTS_PER_REQUEST * 60L);
        progress("a. bulk ingest through raw JDBC: warm-up, then the same rows");
        viaJdbc.run(100_000, Load.warmUp(), insert);
        int sameRows = Math.max(20, (apiResult.operations() + BULK_WRITERS - 1) / BULK_WRITERS);
        before = probe.take();
        Load.Result rawResult = viaJdbc.run(sameRows, measure, insert);
        Probe.Delta rawDelta = Probe.between(before, probe.take());
        for (Connection connection : connections) {
            connection.close();
        }

        double apiRate = apiResult.rate(POINTS_PER_REQUEST);
        double rawRate = rawResult.rate(POINTS_PER_REQUEST);
        boolean pass = apiResult.errors() == 0 && rawResult.errors() == 0 && apiRate >= rawRate / 2;
        rows.add(new Row("a. bulk ingest, API: " + BULK_WRITERS + " clients, PUT of 1000 points", "a. bulk, API", apiResult,
                POINTS_PER_REQUEST, "points", "PUT", String.format(Locale.ROOT, ">= 50%% of raw (is %.0f%%)",
                100 * apiRate / rawRate), pass, apiDelta));
        rows.add(new Row("a. bulk ingest, raw JDBC: " + BULK_WRITERS + " connections, batch of 1000 rows", "a. bulk, raw JDBC",
                rawResult, POINTS_PER_REQUEST, "rows", "batch", "baseline", null, rawDelta));
        note("a. bulk ingest, API", apiResult);
        note("a. bulk ingest, raw JDBC", rawResult);
    }

    private long baseSeriesId(String metadataKey) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT s.id FROM ps_series s JOIN ps_metadata m"
                + " ON m.id = s.metadata_id WHERE m.metadata_key = ? AND s.summary_type = 'base'")) {
            select.setString(1, metadataKey);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no base series for " + metadataKey);
                }
                return row.getLong(1);
            }
        }
    }

    /** The rows a bulk PUT of the same points stores in ps_point, in one batch and one transaction. */
    private static void insertBatch(Connection connection, long seriesId, long first) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ps_point (series_id, ts, num, den, cnt, doc) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < POINTS_PER_REQUEST; i++) {
                long ts = first + i * 60L;
                insert.setLong(1, seriesId);
                insert.setLong(2, ts);
                insert.setDouble(3, Payloads.integerValue(ts));
                insert.setNull(4, Types.DOUBLE);
                insert.setNull(5, Types.BIGINT);
                insert.setString(6, null);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    // ---------------------------------------------------------------------------- b. pScheduler

    /**
     * {@link #CLIENTS} clients, each one latencybg test of its own: per result the metadata POST
     * (answered with the existing record after the first) and the bulk PUT of the result, one a minute.
     */
    private void pschedulerPattern() throws Exception {
        Load load = new Load(pool, CLIENTS);
        // each client's test posts the same body before every result, as pScheduler does; built once, so
        // that the client's CPU, which shares the machine, goes to the requests
        String[] metadata = new String[CLIENTS];
        Arrays.setAll(metadata, Payloads::latencyMetadata);
        Load.Operation result = (client, sequence) -> {
            String key = api.createMetadata(metadata[client], token);
            api.putData(key, Payloads.latencyResult(client, Payloads.T0 + sequence * 60L), token);
        };
        progress("b. pScheduler pattern: warm-up, then " + measure.toSeconds() + " s");
        progress(WarmUp.run(load, result, probe));
        Probe.Snapshot before = probe.take();
        Load.Result measured = load.run(10_000, measure, result);
        Probe.Delta delta = Probe.between(before, probe.take());
        double rate = measured.rate(1);
        boolean pass = measured.errors() == 0 && rate >= 1000 && measured.percentileMillis(99) <= 50;
        rows.add(new Row("b. pScheduler pattern: " + CLIENTS + " clients, POST + PUT per result", "b. pScheduler", measured,
                1, "results", "result", ">= 1,000/s, p99 <= 50 ms", pass, delta));
        note("b. pScheduler pattern", measured);
    }

    // ---------------------------------------------------------------------------------- c. read

    /**
     * One year of 5-minute points in one series, loaded by one client with bulk PUTs of 1000 points (one
     * client: concurrent writers of one record deadlock on its ps_series rows, see docs/benchmarks.md),
     * then read whole by one GET.
     */
    private void readOneYear() throws Exception {
        progress("c. read: loading one year of points, then " + READ_RUNS + " reads after a warm-up");
        String key = api.createMetadata(Payloads.integerMetadata(3, 0, null), token);
        int requests = (YEAR_POINTS + POINTS_PER_REQUEST - 1) / POINTS_PER_REQUEST;
        Load.Result loaded = new Load(pool, 1).run(requests, Duration.ofSeconds(300), (client, request) -> {
            int count = Math.min(POINTS_PER_REQUEST, YEAR_POINTS - request * POINTS_PER_REQUEST);
            api.putData(key, Payloads.integerPoints(Payloads.T0 + request * POINTS_PER_REQUEST * 300L, count, 300), token);
        });
        if (loaded.errors() > 0 || loaded.operations() < requests) {
            throw new IllegalStateException("loading the year of points failed: " + loaded.operations() + " of " + requests
                    + " PUTs; " + loaded.firstError());
        }
        long end = Payloads.T0 + YEAR_POINTS * 300L - 1;
        String path = Api.ARCHIVE + key + "/packet-count-sent/base?time-start=" + Payloads.T0 + "&time-end=" + end
                + "&limit=200000";
        Load reader = new Load(pool, 1);
        Load.Operation read = (client, sequence) -> {
            Api.Response response = Api.expect(api.get(path), 200, "GET base");
            int points = count(response.body(), "\"ts\":");
            if (points != YEAR_POINTS) {
                throw new Api.Failure("GET base returned " + points + " points, expected " + YEAR_POINTS);
            }
        };
        reader.run(3, Duration.ofSeconds(60), read);
        Probe.Snapshot before = probe.take();
        Load.Result measured = reader.run(READ_RUNS, Duration.ofSeconds(120), read);
        Probe.Delta delta = Probe.between(before, probe.take());
        boolean pass = measured.errors() == 0 && measured.percentileMillis(50) <= 200;
        rows.add(new Row("c. read one year (105,120 points) in one GET, " + READ_RUNS + " runs", "c. read", measured, 1,
                "reads", "read", "p50 <= 200 ms", pass, delta));
        note("c. read", measured);
    }

    /** A progress line on stderr with the wall-clock time, to match a phase with a JFR recording or a log. */
    private static void progress(String phase) {
        System.err.printf("==> %tT %s%n", System.currentTimeMillis(), phase);
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }

    // ------------------------------------------------------------------------------------ output

    private void note(String scenario, Load.Result result) {
        if (result.firstError() != null) {
            notes.add(scenario + ": " + result.errors() + " errors; the first: " + result.firstError());
        }
    }

    private void print(String environment) throws Exception {
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
        int cores = Runtime.getRuntime().availableProcessors();
        String url = System.getenv("PSARCHIVE_DB_URL");
        System.out.printf(Locale.ROOT, "%nArchive benchmark: %s, after: %s.%n%d cores, %.1f GiB, Java %s; client,"
                + " platform and MariaDB share this machine; %d s per measurement.%nPlatform JVM options: %s;"
                + " request threads: %s; Connector/J options: %s.%n%n", environment, loadAverage(), cores,
                memory / 1048576.0, System.getProperty("java.runtime.version"), measure.toSeconds(),
                System.getenv().getOrDefault("PSARCHIVE_JAVA_OPTS", "-Xmx1g (bin/run's default)"),
                System.getenv().getOrDefault("PSARCHIVE_HTTP_THREADS", "bin/run's default"),
                url.contains("?") ? url.substring(url.indexOf('?') + 1)
                        : "none (the platform adds useServerPrepStmts=true, the raw baseline keeps the driver's defaults)");

        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"scenario", "operations", "seconds", "rate", "p50", "p99", "goal", "result"});
        for (Row row : rows) {
            Load.Result r = row.result();
            table.add(new String[] {row.scenario(),
                    String.format(Locale.ROOT, "%,d %s", (long) r.operations() * row.unitsPerOperation(), row.unit()),
                    String.format(Locale.ROOT, "%.1f", r.seconds()),
                    rate(r.rate(row.unitsPerOperation())) + " " + row.unit() + "/s",
                    String.format(Locale.ROOT, "%.1f ms/%s", r.percentileMillis(50), row.operation()),
                    String.format(Locale.ROOT, "%.1f ms/%s", r.percentileMillis(99), row.operation()),
                    row.goal(), row.verdict()});
        }
        printTable(table);

        System.out.printf("%nWhere the time went during each measurement (MariaDB's global counters per operation;"
                + " CPU as a share of all %d cores):%n%n", cores);
        List<String[]> where = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("scenario", "op"));
        header.addAll(List.of(Probe.COLUMN_NAMES));
        where.add(header.toArray(String[]::new));
        for (Row row : rows) {
            List<String> line = new ArrayList<>(List.of(row.name(), row.operation()));
            line.addAll(List.of(Probe.columns(row.delta(), row.result().operations(), cores)));
            where.add(line.toArray(String[]::new));
        }
        printTable(where);
        if (!notes.isEmpty()) {
            System.out.println();
            notes.forEach(note -> System.out.println("note: " + note));
        }
        System.out.println();
    }

    /** Whole numbers with thousands separators; small rates (a read every few seconds) keep two digits. */
    private static String rate(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%,.0f", value);
    }

    /** A Markdown table with padded columns, readable as text and pastable into notes. */
    static void printTable(List<String[]> table) {
        int[] widths = new int[table.get(0).length];
        for (String[] line : table) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (int r = 0; r < table.size(); r++) {
            StringBuilder text = new StringBuilder("|");
            for (int i = 0; i < widths.length; i++) {
                String cell = table.get(r)[i];
                boolean number = r > 0 && i > 0 && !cell.isEmpty() && Character.isDigit(cell.charAt(0));
                text.append(' ').append(number ? " ".repeat(widths[i] - cell.length()) + cell
                        : cell + " ".repeat(widths[i] - cell.length())).append(" |");
            }
            System.out.println(text);
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append(' ').append("-".repeat(width)).append(" |");
                }
                System.out.println(rule);
            }
        }
    }
}
