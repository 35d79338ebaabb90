package org.psarchive.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bin/bench lookup}: fills the lookup service of a running platform with 100,000 live records
 * through its API (hosts, their interface and three services each, every host in two communities),
 * then measures registrations into it, renewals and queries by community, and prints one table
 * (docs/benchmarks.md).
 *
 * <p>Arguments: the platform's base URL, the pid of its JVM and that of mariadbd (0 if not visible).
 * BENCH_SECONDS sets the length of each timed measurement (default 20); BENCH_LOOKUP_RECORDS the number of
 * records (default 100000); BENCH_WARMUP and BENCH_WARMUP_MAX the warm-up before each ({@link WarmUp}).
 */
public final class LookupBench {

    static final int CLIENTS = 32;
    static final int QUERY_CLIENTS = 8;
    /** Records per perfSONAR host: the host, one interface, three services. */
    static final int RECORDS_PER_HOST = 5;
    static final int COMMUNITIES = 500;

    private final Api api;
    private final long payaraPid;
    private final Duration measure;
    private final int hosts;
    private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, runnable -> {
        Thread thread = new Thread(runnable, "bench-client");
        thread.setDaemon(true);
        return thread;
    });
    /** The uri of every service record registered, by host number: what the renewals renew. */
    private final String[][] serviceUris;
    private final List<String[]> table = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Where the time of each measurement went, taken from {@link #startMeasuring} to its {@link #row}. */
    private final Probe probe;
    private final List<String[]> where = new ArrayList<>();
    private Probe.Snapshot before;

    private LookupBench(URI base, long payaraPid, long mariadbPid, Duration measure, int records)
            throws java.sql.SQLException {
        this.api = new Api(base);
        java.sql.Connection db = java.sql.DriverManager.getConnection(System.getenv("PSARCHIVE_DB_URL"),
                System.getenv("PSARCHIVE_DB_USER"), System.getenv("PSARCHIVE_DB_PASSWORD"));
        db.setNetworkTimeout(Runnable::run, 60_000);
        this.probe = new Probe(payaraPid, mariadbPid, db);
        this.payaraPid = payaraPid;
        this.measure = measure;
        this.hosts = Math.max(CLIENTS, records / RECORDS_PER_HOST);
        this.serviceUris = new String[hosts][];
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LookupBench BASE_URL PAYARA_PID MARIADB_PID (run it through bin/bench lookup)");
            System.exit(2);
        }
        long seconds = Long.parseLong(System.getenv().getOrDefault("BENCH_SECONDS", "20"));
        int records = Integer.parseInt(System.getenv().getOrDefault("BENCH_LOOKUP_RECORDS", "100000"));
        if (seconds < 1 || seconds > 600 || records < 1000 || records > 10_000_000) {
            throw new IllegalArgumentException("BENCH_SECONDS must be 1..600 and BENCH_LOOKUP_RECORDS 1000..10000000");
        }
        LookupBench bench = new LookupBench(URI.create(args[0]), Long.parseLong(args[1]), Long.parseLong(args[2]),
                Duration.ofSeconds(seconds), records);
        bench.waitUntilServing(Duration.ofSeconds(240));
        bench.fill();
        bench.registerMore();
        bench.renew();
        bench.queryByCommunity();
        bench.hostsByCommunity();
        bench.listCommunities();
        bench.print();
        System.exit(0);
    }

    private void waitUntilServing(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (payaraPid > 0 && ProcessHandle.of(payaraPid).map(p -> !p.isAlive()).orElse(true)) {
                throw new IllegalStateException("the platform exited during start-up");
            }
            try {
                Api.Response answer = api.get("lookup/activehosts.json");
                last = "HTTP " + answer.status();
                if (answer.ok()) {
                    return;
                }
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the lookup service did not answer within " + limit.toSeconds() + " s (" + last + ")");
    }

    // ---------------------------------------------------------------------------------------- fill

    /**
     * Registers every host's five records, as ls-registration-daemon does (interface, host, services).
     * Timed, but as the platform's first load since it started: its JIT compiler takes most of a core
     * for the first one or two minutes of it (async-profiler, {@code jstat -compiler}).
     */
    private void fill() throws Exception {
        progress("a. filling: registering " + hosts * RECORDS_PER_HOST + " records (" + hosts + " hosts) with "
                + CLIENTS + " clients");
        Load load = new Load(pool, CLIENTS);
        int perClient = (hosts + CLIENTS - 1) / CLIENTS;
        Load.Operation register = (client, sequence) -> {
            int host = sequence * CLIENTS + client;
            if (host < hosts) {
                serviceUris[host] = services(registerHost(host));
            }
        };
        startMeasuring();
        Load.Result result = load.runUntilSequence(perClient, Duration.ofMinutes(30), register);
        int registered = (int) Arrays.stream(serviceUris).filter(s -> s != null).count();
        if (registered < hosts) {
            throw new IllegalStateException("only " + registered + " of " + hosts + " hosts registered: " + result.firstError());
        }
        row("a. fill from empty, cold platform (5 records per op)", result, RECORDS_PER_HOST, "records", "-", null);
    }

    /**
     * The registration rate the goal is about: more hosts registered into the filled service, after a
     * warm-up, then deleted again (by their client-uuid, as the registration daemon does when it stops)
     * so that the measurements after it see the same records.
     */
    private void registerMore() throws Exception {
        progress("a. registering more hosts into the " + hosts * RECORDS_PER_HOST + " live records for "
                + measure.toSeconds() + " s");
        Queue<Integer> added = new ConcurrentLinkedQueue<>();
        Map<Integer, String[]> uris = new ConcurrentHashMap<>();
        Load load = new Load(pool, CLIENTS);
        Load.Operation register = (client, sequence) -> {
            int host = hosts + sequence * CLIENTS + client;
            uris.put(host, registerHost(host));
            added.add(host);
        };
        progress(WarmUp.run(load, register, probe));
        startMeasuring();
        Load.Result result = load.run(1_000_000, measure, register);
        row("a. register into the live records (5 per op)", result, RECORDS_PER_HOST, "records", ">= 1000 ops/s",
                result.errors() == 0 && result.rate(RECORDS_PER_HOST) >= 1000);

        progress("a. deleting the " + added.size() + " hosts registered for that measurement");
        Load deletions = new Load(pool, CLIENTS);
        Load.Result deleted = deletions.run(added.size() / CLIENTS + 1, Duration.ofMinutes(10), (client, sequence) -> {
            Integer host = added.poll();
            if (host != null) {
                for (String uri : uris.get(host)) {
                    Api.expect(api.delete(uri + "?client-uuid=" + clientUuid(host)), 200, "delete");
                }
            }
        });
        if (deleted.errors() > 0 || !added.isEmpty()) {
            throw new IllegalStateException("the added hosts were not all deleted: " + deleted.firstError());
        }
    }

    /** Registers one host's records; returns their uris: interface, host, then its three services. */
    private String[] registerHost(int host) throws Exception {
        String name = "ps" + host + ".site" + (host % 997) + ".example.org";
        String client = clientUuid(host);
        String communities = "\"" + community(host, 0) + "\",\"" + community(host, 1) + "\"";
        String iface = register("{\"type\":\"interface\",\"interface-name\":\"eth0\",\"interface-addresses\":[\"10."
                + (host >> 16 & 255) + "." + (host >> 8 & 255) + "." + (host & 255) + "\"],\"client-uuid\":\"" + client + "\"}");
        String hostUri = register("{\"type\":\"host\",\"host-name\":[\"" + name + "\"],\"host-net-interfaces\":[\"" + iface
                + "\"],\"location-sitename\":\"site" + (host % 997) + "\",\"location-country\":\"CH\","
                + "\"pshost-toolkitversion\":\"5.1.0\",\"group-communities\":[" + communities + "],\"client-uuid\":\"" + client + "\"}");
        String[] records = new String[RECORDS_PER_HOST];
        records[0] = iface;
        records[1] = hostUri;
        String[] types = {"pscheduler", "owamp", "ma"};
        for (int i = 0; i < 3; i++) {
            records[2 + i] = register("{\"type\":\"service\",\"service-type\":\"" + types[i] + "\",\"service-name\":\"" + name + " "
                    + types[i] + "\",\"service-locator\":[\"https://" + name + "/" + types[i] + "\"],\"service-host\":[\"" + hostUri
                    + "\"],\"group-communities\":[" + communities + "],\"client-uuid\":\"" + client + "\"}");
        }
        return records;
    }

    private static String clientUuid(int host) {
        return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", host);
    }

    private static String[] services(String[] records) {
        return Arrays.copyOfRange(records, 2, RECORDS_PER_HOST);
    }

    private String register(String json) throws Exception {
        return Api.member(Api.expect(api.post("lookup/records", json, null), 200, "register").body(), "uri");
    }

    /** Each host is in two of {@link #COMMUNITIES} communities, spread evenly. */
    private static String community(int host, int which) {
        int index = which == 0 ? host % COMMUNITIES : (host * 7 + 13) % COMMUNITIES;
        if (which == 1 && index == host % COMMUNITIES) {
            index = (index + 1) % COMMUNITIES;
        }
        return "community-" + index;
    }

    // ---------------------------------------------------------------------------------------- measurements

    private void renew() throws Exception {
        progress("b. renewing single records with " + CLIENTS + " clients for " + measure.toSeconds() + " s");
        Random random = new Random(1);
        Load load = new Load(pool, CLIENTS);
        Load.Operation renew = (client, sequence) -> {
            String uri = serviceUris[Math.floorMod(random.nextInt(), hosts)][sequence % 3];
            Api.expect(api.post(uri, "{\"ttl\":\"PT2H\"}", null), 200, "renew");
        };
        progress(WarmUp.run(load, renew, probe));
        startMeasuring();
        Load.Result result = load.run(1_000_000, measure, renew);
        row("b. renew one record (POST)", result, 1, "renewals", ">= 1000 ops/s", result.rate(1) >= 1000);

        progress("b. renewing in bulk (a host's 3 services per PUT) for " + measure.toSeconds() + " s");
        Load.Operation bulk = (client, sequence) -> {
            String[] uris = serviceUris[Math.floorMod(random.nextInt(), hosts)];
            Api.expect(api.put("lookup/records", "{\"record-uris\":[\"" + String.join("\",\"", uris) + "\"],\"ttl\":\"PT2H\"}",
                    null), 200, "bulk renew");
        };
        Load bulkLoad = new Load(pool, CLIENTS);
        progress(WarmUp.run(bulkLoad, bulk, probe));
        startMeasuring();
        Load.Result bulkResult = bulkLoad.run(1_000_000, measure, bulk);
        row("b. renew in bulk (3 records per PUT)", bulkResult, 3, "renewals", "-", null);
    }

    /**
     * The goal is the time one query takes (one client); eight clients at once then show the rate the
     * machine sustains, and what queueing for its two cores adds to each answer.
     */
    private void queryByCommunity() throws Exception {
        java.util.function.IntFunction<String> path = c -> "lookup/records?type=service&group-communities=community-" + c;
        measureQueries("c. query type=service&group-communities=<c>, 1 client", 1, path, "p99 <= 20 ms");
        measureQueries("c. the same, " + QUERY_CLIENTS + " clients", QUERY_CLIENTS, path, "-");
    }

    private void hostsByCommunity() throws Exception {
        measureQueries("d. hosts of a community with services, " + QUERY_CLIENTS + " clients", QUERY_CLIENTS,
                c -> "lookup/communities/community-" + c + "/hosts", "-");
    }

    private void measureQueries(String name, int clients, java.util.function.IntFunction<String> pathOfCommunity,
            String goal) throws Exception {
        progress(name + ": for " + measure.toSeconds() + " s");
        Random random = new Random(2);
        AtomicLong bytes = new AtomicLong();
        Load load = new Load(pool, clients);
        Load.Operation query = (client, sequence) -> {
            Api.Response answer = Api.expect(api.get(pathOfCommunity.apply(random.nextInt(COMMUNITIES))), 200, "query");
            bytes.addAndGet(answer.body().length());
        };
        progress(WarmUp.run(load, query, probe));
        bytes.set(0);
        startMeasuring();
        Load.Result result = load.run(1_000_000, measure, query);
        Boolean pass = goal.startsWith("p99") ? result.errors() == 0 && result.percentileMillis(99) <= 20 : null;
        row(name, result, 1, "queries", goal, pass);
        notes.add(String.format(Locale.ROOT, "%s: %.0f KB per answer on average", name,
                result.operations() == 0 ? 0.0 : bytes.get() / 1024.0 / result.operations()));
    }

    private void listCommunities() throws Exception {
        progress("e. list of communities with counts: 1 client");
        Load load = new Load(pool, 1);
        Load.Operation list = (client, sequence) -> Api.expect(api.get("lookup/communities"), 200, "communities");
        load.run(3, Duration.ofSeconds(10), list);
        startMeasuring();
        row("e. GET /lookup/communities (" + COMMUNITIES + ")", load.run(20, measure, list), 1, "lists", "-", null);
    }

    // ---------------------------------------------------------------------------------------- report

    private void startMeasuring() throws java.sql.SQLException {
        before = probe.take();
    }

    private void row(String scenario, Load.Result result, int units, String unit, String goal, Boolean pass)
            throws java.sql.SQLException {
        List<String> line = new ArrayList<>(List.of(scenario));
        line.addAll(List.of(Probe.columns(Probe.between(before, probe.take()), result.operations(),
                Runtime.getRuntime().availableProcessors())));
        where.add(line.toArray(String[]::new));
        String verdict = pass == null ? "-" : pass ? "PASS" : "FAIL";
        table.add(new String[] {scenario, String.valueOf(result.operations()), String.format(Locale.ROOT, "%.0f", result.rate(1)),
                String.format(Locale.ROOT, "%.0f %s/s", result.rate(units), unit),
                String.format(Locale.ROOT, "%.1f", result.percentileMillis(50)),
                String.format(Locale.ROOT, "%.1f", result.percentileMillis(99)), goal,
                result.errors() > 0 ? verdict + " (" + result.errors() + " errors: " + result.firstError() + ")" : verdict});
    }

    private void print() {
        System.out.printf(Locale.ROOT, "%nLookup benchmark: %d live records (%d hosts x %d), %d communities, 2 per host;"
                + " %d cores, Java %s; client, platform and MariaDB on this machine.%n%n", hosts * RECORDS_PER_HOST, hosts,
                RECORDS_PER_HOST, COMMUNITIES, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"scenario", "ops", "ops/s", "throughput", "p50 ms", "p99 ms", "goal", "verdict"});
        rows.addAll(table);
        int[] widths = new int[rows.get(0).length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", rows.get(r)[i]));
            }
            System.out.println(line.toString().stripTrailing());
            if (r == 0) {
                System.out.println("-".repeat(line.length()));
            }
        }
        System.out.printf("%nWhere the time went during each measurement (MariaDB's global counters per operation;"
                + " CPU as a share of all %d cores):%n%n", Runtime.getRuntime().availableProcessors());
        List<String> header = new ArrayList<>(List.of("scenario"));
        header.addAll(List.of(Probe.COLUMN_NAMES));
        List<String[]> whereTable = new ArrayList<>();
        whereTable.add(header.toArray(String[]::new));
        whereTable.addAll(where);
        ArchiveBench.printTable(whereTable);
        System.out.println();
        notes.forEach(note -> System.out.println("note: " + note));
    }

    private static void progress(String phase) {
        System.err.printf("==> %tT %s%n", System.currentTimeMillis(), phase);
    }
}
