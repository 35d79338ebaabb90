package org.psarchive.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `bin/bench snmp`, parts b and c: the platform's collector polling real agents for a while, read through
 * the admin API (each target's status) and the database (the points stored), with the CPU of the platform
 * JVM and of mariadbd from /proc.
 * <ul>
 * <li>{@code router HOST PORT}: one target with many interfaces: no growing backlog (none missed, poll
 * durations within the interval), heap after a full GC before and after, base points/s, CPU
 * per poll of the platform and of MariaDB.</li>
 * <li>{@code fleet FIRST_PORT COUNT}: COUNT targets on 127.0.0.1: every poll on time (late = started more
 * than 2 s after its slot) and none missed, every rate stored, CPU per 100k counter values and per target
 * and hour, and the time from a poll's last response to its points committed (p50/p99).</li>
 * </ul>
 * Arguments: base URL, data directory, platform PID, mariadbd PID, seconds, interval, then the mode and its
 * two values. The database comes from PSARCHIVE_DB_URL, _USER and _PASSWORD.
 */
public final class SnmpCollectorBench {

    private static final Pattern NUMBER = Pattern.compile("\"(started|succeeded|failed|late|missed|interfaces|"
            + "last-poll-ms)\"\\s*:\\s*(\\d+)");
    private static final Pattern COMMITS = Pattern.compile("\"recent-commit-ms\"\\s*:\\s*\\[([^\\]]*)\\]");

    /** What the admin API says of one target at one time. */
    record Status(long started, long succeeded, long failed, long late, long missed, long interfaces,
            long lastPollMs, List<Long> commitMs) {
    }

    private final Api api;
    private final Path dataDir;
    private final long platformPid;
    private final long mariadbPid;
    private final int seconds;
    private final int interval;
    private String admin;

    private SnmpCollectorBench(URI base, Path dataDir, long platformPid, long mariadbPid, int seconds, int interval) {
        this.api = new Api(base);
        this.dataDir = dataDir;
        this.platformPid = platformPid;
        this.mariadbPid = mariadbPid;
        this.seconds = seconds;
        this.interval = interval;
    }

    public static void main(String[] args) throws Exception {
        SnmpCollectorBench bench = new SnmpCollectorBench(URI.create(args[0]), Path.of(args[1]),
                Long.parseLong(args[2]), Long.parseLong(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        bench.waitUntilReady(Duration.ofSeconds(240));
        if (args[6].equals("router")) {
            bench.router(args[7], Integer.parseInt(args[8]));
        } else {
            bench.fleet(Integer.parseInt(args[7]), Integer.parseInt(args[8]));
        }
    }

    // ------------------------------------------------------------------------------------ c. the router

    private void router(String host, int port) throws Exception {
        addTarget("big", host, port);
        say("waiting for the router's second poll (the first reads descriptions and gives no rates)");
        Map<String, Status> before = awaitPolls(List.of("big"), 2, Duration.ofSeconds(6L * interval));
        String heapStart = heapAfterGc();
        double platform = Probe.cpuSeconds(platformPid);
        double mariadb = Probe.cpuSeconds(mariadbPid);
        long points = basePoints();
        long start = System.nanoTime();
        List<Long> pollMs = new ArrayList<>();
        long deadline = start + seconds * 1_000_000_000L;
        long lastSucceeded = before.get("big").succeeded();
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.min(1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            Status now = status("big");
            if (now.succeeded() > lastSucceeded) {
                pollMs.add(now.lastPollMs());
                lastSucceeded = now.succeeded();
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        platform = Probe.cpuSeconds(platformPid) - platform;
        mariadb = Probe.cpuSeconds(mariadbPid) - mariadb;
        points = basePoints() - points;
        Status after = status("big");
        String heapEnd = heapAfterGc(); // after the CPU was read: a forced GC is no part of the figures
        long polls = after.succeeded() - before.get("big").succeeded();
        System.out.printf(Locale.ROOT, "%nThe %,d-interface router polled every %d s for %.0f s%n%n", after.interfaces(),
                interval, elapsed);
        System.out.println("| polls | failed | late | missed | poll ms (each, start to committed) | base points/s "
                + "| CPU s/poll platform | CPU s/poll MariaDB | heap after full GC: start / end |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %s | %,.0f | %.2f | %.2f | %s / %s |%n", polls,
                after.failed() - before.get("big").failed(), after.late() - before.get("big").late(),
                after.missed() - before.get("big").missed(), pollMs, points / elapsed, platform / Math.max(1, polls),
                mariadb / Math.max(1, polls), heapStart, heapEnd);
        Api.expect(api.delete("api/admin/snmp/targets/big", admin), 204, "target delete");
    }

    // ------------------------------------------------------------------------------------- b. the fleet

    private void fleet(int firstPort, int count) throws Exception {
        List<String> names = new ArrayList<>();
        say("adding " + count + " targets through the admin API");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = "fleet-" + (firstPort + i);
                names.add(name);
                int port = firstPort + i;
                added.add(pool.submit(() -> {
                    addTarget(name, "127.0.0.1", port);
                    return null;
                }));
            }
            for (Future<?> f : added) {
                f.get();
            }
            say("waiting until every target was polled twice (the first poll gives no rates)");
            Map<String, Status> before = awaitPolls(names, 2, Duration.ofSeconds(8L * interval));
            double platform = Probe.cpuSeconds(platformPid);
            double mariadb = Probe.cpuSeconds(mariadbPid);
            long points = basePoints();
            long start = System.nanoTime();
            say("measuring for " + seconds + " s");
            Thread.sleep(seconds * 1000L);
            double elapsed = (System.nanoTime() - start) / 1e9;
            platform = Probe.cpuSeconds(platformPid) - platform;
            mariadb = Probe.cpuSeconds(mariadbPid) - mariadb;
            points = basePoints() - points;
            Map<String, Status> after = statuses(names, pool);
            // Every rate stored: per target, the in-octets points of all time against its successful polls.
            Map<String, Long> stored = inOctetsPointsByTarget();
            Map<String, Status> last = statuses(names, pool);
            long started = 0;
            long failed = 0;
            long late = 0;
            long missed = 0;
            long wrongRows = 0;
            List<Long> commits = new ArrayList<>();
            String firstWrong = null;
            for (String name : names) {
                Status b = before.get(name);
                Status a = after.get(name);
                started += a.started() - b.started();
                failed += a.failed() - b.failed();
                late += a.late() - b.late();
                missed += a.missed() - b.missed();
                int window = (int) Math.min(a.commitMs().size(), a.succeeded() - b.succeeded());
                commits.addAll(a.commitMs().subList(a.commitMs().size() - window, a.commitMs().size()));
                long rows = stored.getOrDefault(name, 0L);
                long least = (a.succeeded() - 1) * a.interfaces();
                long most = (last.get(name).succeeded() - 1) * last.get(name).interfaces();
                if (a.failed() == 0 && (rows < least || rows > most)) {
                    wrongRows++;
                    if (firstWrong == null) {
                        firstWrong = name + ": " + rows + " in-octets points, expected " + least + ".." + most;
                    }
                }
            }
            double hours = elapsed / 3600;
            commits.sort(null);
            System.out.printf(Locale.ROOT, "%n%d targets polled every %d s for %.0f s%n%n", count, interval, elapsed);
            System.out.println("| polls started | failed | late (>2 s) | missed | targets whose rows differ "
                    + "| counter values stored | CPU platform ms/poll | CPU platform s/100k values | CPU platform ms/target/hour "
                    + "| CPU MariaDB s/100k values | response to commit p50 / p99 / max ms |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %,d (expected %,d) | %d | %d | %d | %d | %,d | %.2f | %.2f | %.0f | %.2f "
                    + "| %d / %d / %d (%,d polls) |%n", started, Math.round(count * elapsed / interval), failed, late,
                    missed, wrongRows, points, 1000 * platform / Math.max(1, started), platform / points * 100_000, 1000 * platform / count / hours,
                    mariadb / points * 100_000, pct(commits, 50), pct(commits, 99),
                    commits.isEmpty() ? 0 : commits.get(commits.size() - 1), commits.size());
            if (firstWrong != null) {
                System.out.println("\nfirst target whose rows differ: " + firstWrong);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private void addTarget(String name, String host, int port) throws Exception {
        Api.expect(api.post("api/admin/snmp/targets", "{\"name\":\"" + name + "\",\"host\":\"" + host + "\",\"port\":"
                + port + ",\"community\":\"public\",\"interval\":" + interval + "}", admin), 201, "target add " + name);
    }

    private Map<String, Status> awaitPolls(List<String> names, long succeeded, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            while (true) {
                Map<String, Status> all = statuses(names, pool);
                long behind = all.values().stream().filter(s -> s.succeeded() < succeeded).count();
                if (behind == 0) {
                    return all;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(behind + " targets not polled " + succeeded + " times within "
                            + limit.toSeconds() + " s");
                }
                Thread.sleep(2000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Status> statuses(List<String> names, ExecutorService pool) throws Exception {
        Map<String, Future<Status>> pending = new HashMap<>();
        for (String name : names) {
            pending.put(name, pool.submit(() -> status(name)));
        }
        Map<String, Status> all = new HashMap<>();
        for (Map.Entry<String, Future<Status>> e : pending.entrySet()) {
            all.put(e.getKey(), e.getValue().get());
        }
        return all;
    }

    private Status status(String name) throws Exception {
        String body = Api.expect(api.get("api/admin/snmp/targets/" + name, admin), 200, "target show").body();
        Map<String, Long> numbers = new HashMap<>();
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            numbers.put(m.group(1), Long.parseLong(m.group(2)));
        }
        List<Long> commits = new ArrayList<>();
        Matcher c = COMMITS.matcher(body);
        if (c.find() && !c.group(1).isBlank()) {
            for (String value : c.group(1).split(",")) {
                commits.add(Long.parseLong(value.trim()));
            }
        }
        return new Status(numbers.getOrDefault("started", 0L), numbers.getOrDefault("succeeded", 0L),
                numbers.getOrDefault("failed", 0L), numbers.getOrDefault("late", 0L),
                numbers.getOrDefault("missed", 0L), numbers.getOrDefault("interfaces", 0L),
                numbers.getOrDefault("last-poll-ms", 0L), commits);
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection(System.getenv("PSARCHIVE_DB_URL"), System.getenv("PSARCHIVE_DB_USER"),
                System.getenv("PSARCHIVE_DB_PASSWORD"));
    }

    /** Base points (one per counter value turned into a rate) of every series. */
    private static long basePoints() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT COUNT(*) FROM ps_point p JOIN ps_series s ON s.id = p.series_id WHERE s.summary_type = 'base'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Map<String, Long> inOctetsPointsByTarget() throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT mp.param_value, COUNT(*) FROM ps_point p JOIN ps_series s ON s.id = p.series_id"
                        + " JOIN ps_metadata_parameter mp ON mp.metadata_id = s.metadata_id AND mp.name = 'snmp-target'"
                        + " WHERE s.summary_type = 'base' AND s.event_type = 'interface-octets-in'"
                        + " GROUP BY mp.param_value")) {
            while (r.next()) {
                counts.put(r.getString(1), r.getLong(2));
            }
        }
        return counts;
    }

    /** The platform's heap in use right after a full GC (jcmd GC.run, then GC.heap_info's used figure). */
    private String heapAfterGc() throws Exception {
        jcmd("GC.run");
        Matcher m = Pattern.compile("garbage-first heap\\s+total \\S+, used (\\d+)K").matcher(jcmd("GC.heap_info"));
        return m.find() ? (Long.parseLong(m.group(1)) / 1024) + " MB" : "?";
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", String.valueOf(platformPid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        return out;
    }

    private static long pct(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private void waitUntilReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Path tokenFile = dataDir.resolve("admin.token");
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            try {
                Api.Response ready = api.get("health/ready");
                last = "/health/ready: HTTP " + ready.status();
                if (ready.status() == 200 && ready.body().contains("\"UP\"") && Files.isRegularFile(tokenFile)
                        && !Files.readString(tokenFile).isBlank()) {
                    admin = Files.readString(tokenFile).trim();
                    return;
                }
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the platform was not ready within " + limit.toSeconds() + " s (" + last + ")");
    }

    private static void say(String line) {
        System.err.println("==> " + line);
    }
}
