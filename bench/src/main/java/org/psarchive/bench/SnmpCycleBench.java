package org.psarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.InterfaceFilter;
import org.psarchive.snmp.poll.OidGroup;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.poll.PollSettings;

/**
 * `bin/bench snmp`, part 1: one poll cycle of a big agent (the six counter columns of every interface) by
 * our {@link IfMibPoller} over {@link Snmp4jClient}, beside net-snmp's snmpbulkwalk of the same columns
 * (one after another, as a script would) and prometheus-snmp-exporter scraping them, taken in turns in
 * the same run. Prints the median wall time and the mean CPU time of a cycle of each (ours: this JVM's, GC
 * and JIT included; snmpbulkwalk's: its processes'; the exporter's: its process's, all from the kernel).
 * <p>
 * Arguments: host, port, exporter URL (the scrape of the agent), exporter PID, repetitions, and the
 * max-repetitions values to time our poller with (comma-separated, e.g. 25,50).
 */
public final class SnmpCycleBench {

    static final List<String> COLUMNS = List.of("1.3.6.1.2.1.31.1.1.1.6", "1.3.6.1.2.1.31.1.1.1.10",
            "1.3.6.1.2.1.2.2.1.14", "1.3.6.1.2.1.2.2.1.20", "1.3.6.1.2.1.2.2.1.13", "1.3.6.1.2.1.2.2.1.19");
    /** snmpbulkwalk's max-repetitions, as in the reference measurement and the exporter's module. */
    static final int WALK_REPETITIONS = 50;

    /** One timed cycle: wall seconds, CPU seconds, variable bindings got, GETBULK round trips (0 if unknown). */
    record Cycle(double seconds, double cpu, long varbinds, int requests) {
    }

    private SnmpCycleBench() {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String exporterUrl = args[2];
        long exporterPid = Long.parseLong(args[3]);
        int repetitions = Integer.parseInt(args[4]);
        List<Integer> maxRepetitions = new ArrayList<>();
        for (String value : args[5].split(",")) {
            maxRepetitions.add(Integer.parseInt(value.trim()));
        }
        SnmpTarget target = new SnmpTarget(host, port, Duration.ofSeconds(10), 1, new Community("public"));
        Map<String, List<Cycle>> results = new java.util.LinkedHashMap<>();
        try (Snmp4jClient client = new Snmp4jClient(2, Clock.systemUTC())) {
            CountingClient counting = new CountingClient(client);
            List<IfMibPoller> pollers = new ArrayList<>();
            for (int m : maxRepetitions) {
                IfMibPoller poller = new IfMibPoller(counting, Clock.systemUTC(), settings(m));
                pollers.add(poller);
                results.put("psarchive IfMibPoller, max-repetitions " + m, new ArrayList<>());
                // Untimed: the first poll reads the descriptions, and the JIT compiler warms up.
                for (int i = 0; i < 5; i++) {
                    poll(poller, target, counting);
                }
            }
            results.put("snmpbulkwalk -Cr" + WALK_REPETITIONS + ", 6 columns in turn", new ArrayList<>());
            results.put("prometheus-snmp-exporter " + exporterVersion(), new ArrayList<>());
            snmpbulkwalk(host, port);
            exporter(exporterUrl, exporterPid);
            HttpClient http = HttpClient.newHttpClient();
            for (int r = 0; r < repetitions; r++) {
                int k = 0;
                for (List<Cycle> cycles : results.values()) {
                    if (k < pollers.size()) {
                        cycles.add(poll(pollers.get(k), target, counting));
                    } else if (k == pollers.size()) {
                        cycles.add(snmpbulkwalk(host, port));
                    } else {
                        cycles.add(exporter(http, exporterUrl, exporterPid));
                    }
                    k++;
                }
                System.err.printf(Locale.ROOT, "==> cycle %d of %d done%n", r + 1, repetitions);
            }
        }
        print(results, repetitions);
    }

    /**
     * Every poll reads the six columns: octets (FAST) and errors/discards (ERRORS); status and names not. ERRORS
     * is due when half a FAST interval of slack has passed since it was read: 1 s makes it due every poll.
     */
    static PollSettings settings(int maxRepetitions) {
        Duration interval = Duration.ofSeconds(30);
        return new PollSettings(Map.of(OidGroup.FAST, interval, OidGroup.ERRORS, Duration.ofSeconds(1),
                OidGroup.STATUS, Duration.ofDays(1), OidGroup.DESCRIPTIONS, Duration.ofDays(1)), maxRepetitions,
                InterfaceFilter.ALL);
    }

    private static Cycle poll(IfMibPoller poller, SnmpTarget target, CountingClient counting) throws Exception {
        counting.reset();
        double cpu = Probe.cpuSeconds(ProcessHandle.current().pid());
        long start = System.nanoTime();
        PollResult result = poller.poll("big", target).get(120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = Probe.cpuSeconds(ProcessHandle.current().pid()) - cpu;
        long varbinds = result.interfaces().stream().mapToLong(sample -> sample.counters().size()).sum();
        return new Cycle(seconds, cpu, varbinds, counting.requests());
    }

    /** The six columns walked one after another by snmpbulkwalk; CPU from bash's `times` (its children). */
    private static Cycle snmpbulkwalk(String host, int port) throws IOException, InterruptedException {
        Path out = Files.createTempFile("psbench-walk", ".txt");
        try {
            StringBuilder script = new StringBuilder();
            for (String column : COLUMNS) {
                script.append("snmpbulkwalk -v2c -c public -On -Cr").append(WALK_REPETITIONS).append(" -t 10 ")
                        .append(host).append(':').append(port).append(' ').append(column).append(" >>'")
                        .append(out).append("' || exit 1\n");
            }
            script.append("times\n");
            long start = System.nanoTime();
            Process bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
            String times = new String(bash.getInputStream().readAllBytes());
            if (!bash.waitFor(120, TimeUnit.SECONDS) || bash.exitValue() != 0) {
                throw new IllegalStateException("snmpbulkwalk failed: " + times);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long lines;
            try (var stream = Files.lines(out)) {
                lines = stream.count();
            }
            return new Cycle(seconds, childCpu(times), lines, 0);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Sums the second line of bash's `times` ("0m0.052s 0m0.012s": children's user and system time). */
    static double childCpu(String times) {
        String[] lines = times.trim().split("\n");
        double total = 0;
        for (String field : lines[lines.length - 1].trim().split("\\s+")) {
            int m = field.indexOf('m');
            total += Integer.parseInt(field.substring(0, m)) * 60
                    + Double.parseDouble(field.substring(m + 1, field.length() - 1));
        }
        return total;
    }

    private static Cycle exporter(String url, long pid) throws IOException, InterruptedException {
        return exporter(HttpClient.newHttpClient(), url, pid);
    }

    /** One scrape; CPU of the exporter's process from /proc. Counts the samples of the six metrics. */
    private static Cycle exporter(HttpClient http, String url, long pid) throws IOException, InterruptedException {
        double cpu = Probe.cpuSeconds(pid);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        cpu = Probe.cpuSeconds(pid) - cpu;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the exporter answered " + response.statusCode() + ": " + response.body());
        }
        long samples = response.body().lines().filter(line -> line.startsWith("if")).count();
        return new Cycle(seconds, cpu, samples, 0);
    }

    private static String exporterVersion() {
        try {
            Process p = new ProcessBuilder("prometheus-snmp-exporter", "--version").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes());
            p.waitFor(10, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("version (\\S+)").matcher(text);
            return m.find() ? m.group(1) : "";
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    private static void print(Map<String, List<Cycle>> results, int repetitions) {
        System.out.printf(Locale.ROOT, "%nOne poll cycle of the six counter columns, %d cycles each, taken in turns "
                + "(median; min-max)%n%n", repetitions);
        System.out.println("| poller | varbinds | wall s (median) | wall s (min-max) | CPU ms/cycle (mean) "
                + "| GETBULKs/cycle | vs snmpbulkwalk |");
        System.out.println("|---|---|---|---|---|---|---|");
        double walk = 0;
        double exporter = 0;
        for (Map.Entry<String, List<Cycle>> e : results.entrySet()) {
            if (e.getKey().startsWith("snmpbulkwalk")) {
                walk = median(e.getValue().stream().mapToDouble(Cycle::seconds).toArray());
            } else if (e.getKey().startsWith("prometheus")) {
                exporter = median(e.getValue().stream().mapToDouble(Cycle::seconds).toArray());
            }
        }
        double ours = -1;
        for (Map.Entry<String, List<Cycle>> e : results.entrySet()) {
            List<Cycle> cycles = e.getValue();
            double[] wall = cycles.stream().mapToDouble(Cycle::seconds).toArray();
            double median = median(wall);
            if (ours < 0) {
                ours = median; // the first max-repetitions given: the platform's (PollSettings.defaults, 25)
            }
            System.out.printf(Locale.ROOT, "| %s | %,d | %.3f | %.3f-%.3f | %.0f | %s | %.2fx |%n", e.getKey(),
                    cycles.get(cycles.size() - 1).varbinds(), median,
                    java.util.Arrays.stream(wall).min().orElse(0), java.util.Arrays.stream(wall).max().orElse(0),
                    1000 * cycles.stream().mapToDouble(Cycle::cpu).sum() / cycles.size(),
                    cycles.get(0).requests() == 0 ? "-" : String.valueOf(cycles.get(0).requests()), median / walk);
        }
        System.out.printf(Locale.ROOT, "%ngoal (first row): psarchive at most 1.2x snmpbulkwalk: %.2fx %s; faster "
                + "than the exporter: %.3f s vs %.3f s %s%n", ours / walk, ours <= 1.2 * walk ? "PASS" : "FAIL", ours,
                exporter, ours < exporter ? "PASS" : "FAIL");
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
