package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The subinterval part of {@code EsmondThroughputRecord}: each {@code result.intervals[]} entry
 * gives {@code {start, duration: end - start, val}} to the series of its summary and, for a
 * parallel spec, to the series of each stream id. An interval whose summary lacks start or end
 * is skipped whole, streams included.
 *
 * <p>The summary series are sent when not empty. The {@code streams-*-subintervals} series are
 * sent whenever the result has intervals, as lists (one per stream id, ascending), possibly
 * empty: that is what pScheduler's own test ({@code esmond_util_test.py}) expects from the
 * archiver's {@code if <dict> > 0} (always true in Python 2; Python 3 raises a TypeError there).
 * Registered only for parallel specs, the empty lists of a single-stream run are dropped by esmond.
 */
final class ThroughputIntervals {

    private static final List<String> FIELDS = List.of("throughput-bits", "retransmits", "rtt", "tcp-window-size");
    private static final List<String> SUMMARY_TYPES = List.of("throughput-subintervals",
            "packet-retransmits-subintervals", "packet-rtt-subintervals", "tcp-windowsize-subintervals");
    private static final List<String> STREAM_TYPES = List.of("streams-throughput-subintervals",
            "streams-packet-retransmits-subintervals", "streams-packet-rtt-subintervals",
            "streams-tcp-windowsize-subintervals");

    private final boolean parallel;
    private final boolean udp;
    private final List<JsonArrayBuilder> summarySeries = List.of(array(), array(), array(), array());
    private final List<Map<JsonValue, JsonArrayBuilder>> streamSeries =
            List.of(streams(), streams(), streams(), streams());
    private final int[] summaryCounts = new int[FIELDS.size()];

    ThroughputIntervals(boolean parallel, boolean udp) {
        this.parallel = parallel;
        this.udp = udp;
    }

    void add(JsonObject result, EsmondRecord record) {
        if (!PyJson.truthy(result.get("intervals"))) {
            return;
        }
        for (JsonValue item : JsonMembers.array(result.get("intervals"), "result.intervals")) {
            JsonObject interval = JsonMembers.object(item, "result.intervals[]");
            JsonObject summary = JsonMembers.object(interval.get("summary"), "result.intervals[].summary");
            if (PyJson.truthy(summary)) {
                if (!PyJson.present(summary, "start") || !PyJson.present(summary, "end")) {
                    continue;
                }
                for (int i = 0; i < FIELDS.size(); i++) {
                    if (PyJson.present(summary, FIELDS.get(i))) {
                        summarySeries.get(i).add(entry(summary, FIELDS.get(i)));
                        summaryCounts[i]++;
                    }
                }
            }
            if (PyJson.truthy(interval.get("streams")) && parallel) {
                for (JsonValue s : JsonMembers.array(interval.get("streams"), "result.intervals[].streams")) {
                    addStream(JsonMembers.object(s, "result.intervals[].streams[]"));
                }
            }
        }
        emit(0, record);
        if (!udp) {
            for (int i = 1; i < FIELDS.size(); i++) {
                emitSummary(i, record);
            }
            for (int i = 1; i < FIELDS.size(); i++) {
                emitStreams(i, record);
            }
        }
    }

    /** The archiver's order: throughput, its streams; then (TCP) the other summaries, then their streams. */
    private void emit(int field, EsmondRecord record) {
        emitSummary(field, record);
        emitStreams(field, record);
    }

    private void emitSummary(int field, EsmondRecord record) {
        if (summaryCounts[field] > 0) {
            record.value(SUMMARY_TYPES.get(field), summarySeries.get(field).build());
        }
    }

    private void emitStreams(int field, EsmondRecord record) {
        JsonArrayBuilder perStream = array();
        streamSeries.get(field).values().forEach(perStream::add);
        record.value(STREAM_TYPES.get(field), perStream.build());
    }

    private void addStream(JsonObject stream) {
        if (!PyJson.present(stream, "start") || !PyJson.present(stream, "end")
                || !PyJson.present(stream, "stream-id")) {
            return;
        }
        for (int i = 0; i < FIELDS.size(); i++) {
            JsonArrayBuilder series = streamSeries.get(i).computeIfAbsent(stream.get("stream-id"), id -> array());
            if (PyJson.present(stream, FIELDS.get(i))) {
                series.add(entry(stream, FIELDS.get(i)));
            }
        }
    }

    private static JsonObject entry(JsonObject from, String field) {
        return Jsonp.createObjectBuilder()
                .add("start", from.get("start"))
                .add("duration", PyJson.minus(from.get("end"), from.get("start"), "result.intervals[]"))
                .add("val", from.get(field))
                .build();
    }

    private static JsonArrayBuilder array() {
        return Jsonp.createArrayBuilder();
    }

    private static Map<JsonValue, JsonArrayBuilder> streams() {
        return new TreeMap<>(PyJson.ORDER);
    }
}
