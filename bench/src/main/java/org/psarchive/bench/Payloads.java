package org.psarchive.bench;

import java.util.Locale;

/**
 * The JSON bodies of the benchmark. Metadata records of different scenarios and clients differ in their
 * addresses, so each is its own record; the values are deterministic, so two runs send the same data.
 */
final class Payloads {

    /** 2024-01-01T00:00:00Z: the first point of every series. */
    static final long T0 = 1_704_067_200L;

    private Payloads() {
    }

    /**
     * A record with one integer event type, {@code packet-count-sent}, and the given summaries (a JSON
     * array, or null for none). {@code net} keeps scenarios apart, {@code index} clients of one scenario.
     */
    static String integerMetadata(int net, int index, String summaries) {
        return """
                {"subject-type":"point-to-point","source":"10.%1$d.%2$d.1","destination":"10.%1$d.%2$d.2",
                 "measurement-agent":"10.%1$d.%2$d.1","tool-name":"pscheduler/powstream",
                 "input-source":"src-%2$d.bench.example.org","input-destination":"dst-%2$d.bench.example.org",
                 "event-types":[{"event-type":"packet-count-sent"%3$s}]}
                """.formatted(net, index, summaries == null ? "" : ",\"summaries\":" + summaries);
    }

    /** {@code count} points of {@code packet-count-sent}, {@code step} seconds apart from {@code first}. */
    static String integerPoints(long first, int count, long step) {
        StringBuilder json = new StringBuilder(count * 64).append("{\"data\":[");
        for (int i = 0; i < count; i++) {
            long ts = first + i * step;
            json.append(i == 0 ? "" : ",").append("{\"ts\":").append(ts)
                    .append(",\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":").append(integerValue(ts)).append("}]}");
        }
        return json.append("]}").toString();
    }

    /** The value stored at {@code ts} by {@link #integerPoints}, also used by the raw JDBC baseline. */
    static long integerValue(long ts) {
        return 590 + (ts / 60) % 11;
    }

    /** pScheduler's default summaries (archiver-esmond's DEFAULT_SUMMARIES) of a latency test's event types. */
    private static String aggregations(String eventType) {
        return "[" + summary(eventType, "aggregation", 300) + "," + summary(eventType, "aggregation", 3600) + ","
                + summary(eventType, "aggregation", 86400) + "]";
    }

    private static String summary(String eventType, String type, int window) {
        return "{\"summary-window\":" + window + ",\"event-type\":\"" + eventType + "\",\"summary-type\":\"" + type + "\"}";
    }

    /**
     * The metadata pScheduler's esmond archiver posts for a latencybg (powstream) test, as its
     * EsmondLatencyRecord builds it: the latency event types, pScheduler's default summaries, and the test
     * parameters as free-form fields. Client {@code c} is the test from 10.100.c.1 to 10.101.c.1.
     */
    static String latencyMetadata(int c) {
        String owdelay = "[" + summary("histogram-owdelay", "aggregation", 300) + ","
                + summary("histogram-owdelay", "statistics", 300) + "," + summary("histogram-owdelay", "aggregation", 3600) + ","
                + summary("histogram-owdelay", "statistics", 0) + "," + summary("histogram-owdelay", "statistics", 3600) + ","
                + summary("histogram-owdelay", "aggregation", 86400) + "," + summary("histogram-owdelay", "statistics", 86400) + "]";
        return """
                {"event-types":[{"event-type":"failures"},
                  {"event-type":"packet-count-sent","summaries":%2$s},
                  {"event-type":"histogram-owdelay","summaries":%3$s},
                  {"event-type":"histogram-ttl"},
                  {"event-type":"packet-duplicates"},
                  {"event-type":"packet-loss-rate","summaries":%4$s},
                  {"event-type":"packet-count-lost","summaries":%5$s},
                  {"event-type":"packet-reorders"},
                  {"event-type":"time-error-estimates"}],
                 "pscheduler-test-type":"latencybg","subject-type":"point-to-point",
                 "input-destination":"ps-dst-%1$d.example.org","source":"10.100.%1$d.1","destination":"10.101.%1$d.1",
                 "input-source":"ps-src-%1$d.example.org","measurement-agent":"10.100.%1$d.1",
                 "tool-name":"pscheduler/powstream","time-duration":60,"sample-size":600,
                 "sample-bucket-width":0.001,"time-probe-interval":0.1,"ip-tos":0}
                """.formatted(c, aggregations("packet-count-sent"), owdelay, aggregations("packet-loss-rate"),
                aggregations("packet-count-lost"));
    }

    /**
     * One succeeded latencybg result as pScheduler PUTs it: one point carrying the values of every event
     * type of the test except failures (sent only for a failed run): a 20-bucket one-way-delay histogram,
     * a TTL histogram, counts, the loss rate and the clock error estimate.
     */
    static String latencyResult(int c, long ts) {
        int seed = (int) ((ts / 60 + 31L * c) % 997);
        int lost = seed % 7 == 0 ? seed % 3 + 1 : 0;
        int received = 600 - lost;
        StringBuilder owdelay = new StringBuilder("{");
        int left = received;
        for (int b = 0; b < 20; b++) {
            int count = b == 19 ? left : Math.min(left, 1 + (seed + 7 * b) % 55);
            left -= count;
            int micros = 10_000 + (seed % 50) * 10 + b; // the bucket, 10.0 + (seed % 50) * 0.01 + b * 0.001 ms, in us
            owdelay.append(b == 0 ? "" : ",").append('"').append(micros / 1000).append('.')
                    .append((char) ('0' + micros / 100 % 10)).append((char) ('0' + micros / 10 % 10))
                    .append((char) ('0' + micros % 10)).append("\":").append(count);
        }
        owdelay.append('}');
        return """
                {"data":[{"ts":%d,"val":[
                  {"event-type":"histogram-owdelay","val":%s},
                  {"event-type":"histogram-ttl","val":{"%d":%d}},
                  {"event-type":"packet-count-sent","val":600},
                  {"event-type":"packet-count-lost","val":%d},
                  {"event-type":"packet-reorders","val":0},
                  {"event-type":"packet-duplicates","val":0},
                  {"event-type":"time-error-estimates","val":%s},
                  {"event-type":"packet-loss-rate","val":{"numerator":%d,"denominator":600}}]}]}
                """.formatted(ts, owdelay, 250 - c % 5, received, lost,
                String.format(Locale.ROOT, "%.6f", 0.0001 + seed * 1e-6), lost);
    }
}
