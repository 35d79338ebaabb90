package org.psarchive.archive.importer;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.platform.json.Jsonp;

/**
 * The history an {@link EsmondStandIn} serves, values kept as the JSON text esmond answers: a
 * throughput record over three UTC years (integers as floats, daily averages, subintervals, json), a
 * latency record (histograms with aggregations and statistics, packet counts with aggregations, a
 * packet-loss-rate answered as a ratio, a float), and a retired record of 2021 whose base data retention
 * removed while its daily averages remain.
 */
public final class EsmondHistory {

    public static final String THROUGHPUT = "1a0000000000000000000000000000aa";
    public static final String LATENCY = "2b0000000000000000000000000000bb";
    public static final String RETIRED = "3c0000000000000000000000000000cc";
    /** In {@link #withTwin()}: a record with the throughput record's content under another key. */
    public static final String TWIN = "4d0000000000000000000000000000dd";

    private final TreeMap<String, String> records = new TreeMap<>();
    private final TreeMap<String, Long> lastUpdated = new TreeMap<>();
    private final Map<String, TreeMap<Long, String>> series = new TreeMap<>();

    public static long at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    public static EsmondHistory standard() {
        EsmondHistory history = new EsmondHistory();
        history.throughput(THROUGHPUT, at(2023, 11, 1), at(2025, 2, 1), 28_800);
        history.latency(LATENCY, at(2024, 10, 1), at(2025, 2, 15), 14_400);
        history.retired(RETIRED);
        return history;
    }

    /** {@link #standard()} and a {@link #TWIN} of the throughput record. */
    public static EsmondHistory withTwin() {
        EsmondHistory history = standard();
        history.throughput(TWIN, at(2024, 1, 1), at(2024, 1, 3), 28_800);
        return history;
    }

    public List<String> keys() {
        return new ArrayList<>(records.keySet());
    }

    public String record(String key) {
        return records.get(key);
    }

    boolean updatedSince(String key, long since) {
        return lastUpdated.get(key) >= since;
    }

    /** The path itself when it names a series, else null. */
    String series(String path) {
        return series.containsKey(path) ? path : null;
    }

    public NavigableMap<Long, String> points(String path) {
        return Collections.unmodifiableNavigableMap(series.getOrDefault(path, new TreeMap<>()));
    }

    /** Every series path, e.g. {@code <key>/throughput/averages/86400}. */
    public List<String> paths() {
        return new ArrayList<>(series.keySet());
    }

    private void throughput(String key, long from, long to, long step) {
        TreeMap<Long, String> throughput = new TreeMap<>();
        TreeMap<Long, String> retransmits = new TreeMap<>();
        TreeMap<Long, String> subintervals = new TreeMap<>();
        TreeMap<Long, String> failures = new TreeMap<>();
        TreeMap<Long, String> hrefs = new TreeMap<>();
        TreeMap<Long, double[]> daily = new TreeMap<>();
        long i = 0;
        for (long ts = from; ts < to; ts += step, i++) {
            long bits = 9_000_000_000L + (i * 7919 % 1000) * 1_000_000L;
            throughput.put(ts, bits + ".0");
            daily.merge(ts - ts % 86_400, new double[] {bits, 1}, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
            retransmits.put(ts, (i % 5) + ".0");
            subintervals.put(ts, "[{\"duration\":10.0,\"start\":0.0,\"val\":" + (bits - 1000) + ".0},{\"duration\":10.0,"
                    + "\"start\":10.0,\"val\":" + (bits + 1000) + ".0}]");
            hrefs.put(ts, "{\"href\":\"https://ps1.example/pscheduler/tasks/t1/runs/" + i + "\"}");
            if (i % 50 == 7) {
                failures.put(ts, "{\"error\":\"iperf3 returned an error: the server is busy running a test\"}");
            }
        }
        TreeMap<Long, String> averages = new TreeMap<>();
        daily.forEach((day, sum) -> averages.put(day, PointValue.Numeric.jsonText(sum[0] / sum[1])));
        Record record = new Record(key, "pscheduler/iperf3", Map.of("pscheduler-test-type", "throughput",
                "ip-transport-protocol", "tcp", "time-duration", "20.0", "bw-parallel-streams", "1"));
        record.type("failures", failures, to);
        record.type("packet-retransmits", retransmits, to);
        record.type("pscheduler-run-href", hrefs, to);
        record.type("throughput", throughput, to).summary("average", 86_400, averages);
        record.type("throughput-subintervals", subintervals, to);
        record.store();
    }

    private void latency(String key, long from, long to, long step) {
        Map<String, TreeMap<Long, String>> base = new TreeMap<>();
        for (String type : List.of("histogram-owdelay", "histogram-ttl", "packet-count-lost", "packet-count-sent",
                "packet-duplicates", "packet-loss-rate", "time-error-estimates")) {
            base.put(type, new TreeMap<>());
        }
        TreeMap<Long, long[]> lossHourly = new TreeMap<>();
        TreeMap<Long, long[]> lossDaily = new TreeMap<>();
        TreeMap<Long, TreeMap<String, Long>> delayDaily = new TreeMap<>();
        TreeMap<Long, String> statistics = new TreeMap<>();
        long i = 0;
        for (long ts = from; ts < to; ts += step, i++) {
            long lost = i % 7 == 0 ? i % 4 : 0;
            long sent = 600;
            base.get("packet-count-sent").put(ts, sent + ".0");
            base.get("packet-count-lost").put(ts, lost + ".0");
            base.get("packet-loss-rate").put(ts, PointValue.Numeric.jsonText((double) lost / sent));
            base.get("packet-duplicates").put(ts, "0.0");
            base.get("time-error-estimates").put(ts, "0.00" + (10 + i % 80));
            long fast = 500 + i % 90;
            base.get("histogram-owdelay").put(ts, "{\"10.50\":" + fast + ",\"11.00\":" + (sent - lost - fast) + "}");
            base.get("histogram-ttl").put(ts, "{\"12\":" + (sent - lost) + "}");
            statistics.put(ts, "{\"maximum\":11.0,\"mean\":10.7,\"median\":10.5,\"minimum\":10.5,\"mode\":[10.5]}");
            lossHourly.merge(ts - ts % 3600, new long[] {lost, sent}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            lossDaily.merge(ts - ts % 86_400, new long[] {lost, sent}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            TreeMap<String, Long> day = delayDaily.computeIfAbsent(ts - ts % 86_400, d -> new TreeMap<>());
            day.merge("10.50", fast, Long::sum);
            day.merge("11.00", sent - lost - fast, Long::sum);
        }
        Record record = new Record(key, "pscheduler/owping", Map.of("pscheduler-test-type", "latencybg",
                "sample-size", "600", "time-probe-interval", "0.1"));
        record.type("histogram-owdelay", base.get("histogram-owdelay"), to)
                .summary("aggregation", 86_400, map(delayDaily, day -> histogramText(delayDaily.get(day))))
                .summary("statistics", 0, statistics)
                .summary("statistics", 86_400, map(delayDaily, day -> "{\"mean\":10.7,\"minimum\":10.5,\"maximum\":11.0}"));
        record.type("histogram-ttl", base.get("histogram-ttl"), to);
        for (String count : List.of("packet-count-lost", "packet-count-sent")) {
            int column = count.endsWith("lost") ? 0 : 1;
            record.type(count, base.get(count), to)
                    .summary("aggregation", 3600, map(lossHourly, bin -> lossHourly.get(bin)[column] + ".0"))
                    .summary("aggregation", 86_400, map(lossDaily, bin -> lossDaily.get(bin)[column] + ".0"));
        }
        record.type("packet-duplicates", base.get("packet-duplicates"), to);
        record.type("packet-loss-rate", base.get("packet-loss-rate"), to)
                .summary("aggregation", 3600, map(lossHourly, bin -> ratio(lossHourly.get(bin))))
                .summary("aggregation", 86_400, map(lossDaily, bin -> ratio(lossDaily.get(bin))));
        record.type("time-error-estimates", base.get("time-error-estimates"), to);
        record.store();
    }

    /** Sent and lost in 2021; retention has removed the base data, the daily averages remain. */
    private void retired(String key) {
        TreeMap<Long, String> averages = new TreeMap<>();
        for (long day = at(2021, 1, 1); day < at(2021, 7, 1); day += 86_400) {
            averages.put(day, PointValue.Numeric.jsonText(940_000_000.0 + (day / 86_400 % 97) * 1_234.5678));
        }
        Record record = new Record(key, "bwctl/iperf3", Map.of("ip-transport-protocol", "tcp", "time-duration", "20"));
        record.type("failures", new TreeMap<>(), at(2021, 6, 30));
        record.type("throughput", new TreeMap<>(), at(2021, 6, 30)).summary("average", 86_400, averages);
        record.store();
    }

    private static String ratio(long[] lostSent) {
        return PointValue.Numeric.jsonText((double) lostSent[0] / lostSent[1]);
    }

    private static String histogramText(TreeMap<String, Long> buckets) {
        StringBuilder text = new StringBuilder("{");
        buckets.forEach((bucket, count) -> text.append(text.length() == 1 ? "" : ",").append('"').append(bucket)
                .append("\":").append(count));
        return text.append('}').toString();
    }

    private static TreeMap<Long, String> map(TreeMap<Long, ?> bins, LongFunction<String> value) {
        TreeMap<Long, String> mapped = new TreeMap<>();
        bins.keySet().forEach(bin -> mapped.put(bin, value.apply(bin)));
        return mapped;
    }

    /** A record being described: its JSON as esmond lists it, and its series' points. */
    private final class Record {
        private final String key;
        private final JsonObjectBuilder json;
        private final JsonArrayBuilder eventTypes = Jsonp.createArrayBuilder();
        private long updated;
        private Type open;

        Record(String key, String tool, Map<String, String> parameters) {
            this.key = key;
            json = Jsonp.createObjectBuilder().add("metadata-key", key).add("subject-type", "point-to-point")
                    .add("source", "10.0.0.1").add("destination", "10.0.0.2").add("measurement-agent", "10.0.0.1")
                    .add("tool-name", tool).add("input-source", "ps1.example").add("input-destination", "ps2.example")
                    .add("uri", EsmondStandIn.BASE + key + "/");
            new TreeMap<>(parameters).forEach(json::add);
        }

        Type type(String eventType, TreeMap<Long, String> points, long timeUpdated) {
            closeOpen();
            series.put(key + "/" + eventType + "/base", points);
            updated = Math.max(updated, timeUpdated);
            open = new Type(eventType, timeUpdated);
            return open;
        }

        void store() {
            closeOpen();
            records.put(key, json.add("event-types", eventTypes).build().toString());
            lastUpdated.put(key, updated);
        }

        private void closeOpen() {
            if (open != null) {
                eventTypes.add(Jsonp.createObjectBuilder().add("base-uri", EsmondStandIn.BASE + key + "/" + open.name + "/base")
                        .add("event-type", open.name).add("summaries", open.summaries).add("time-updated", open.timeUpdated));
                open = null;
            }
        }

        final class Type {
            private final String name;
            private final long timeUpdated;
            private final JsonArrayBuilder summaries = Jsonp.createArrayBuilder();

            Type(String name, long timeUpdated) {
                this.name = name;
                this.timeUpdated = timeUpdated;
            }

            Type summary(String type, long window, TreeMap<Long, String> points) {
                String plural = switch (type) {
                    case "aggregation" -> "aggregations";
                    case "average" -> "averages";
                    default -> "statistics";
                };
                String path = key + "/" + name + "/" + plural + "/" + window;
                series.put(path, points);
                summaries.add(Jsonp.createObjectBuilder().add("summary-type", type).add("summary-window", String.valueOf(window))
                        .add("time-updated", timeUpdated).add("uri", EsmondStandIn.BASE + path));
                return this;
            }
        }
    }
}
