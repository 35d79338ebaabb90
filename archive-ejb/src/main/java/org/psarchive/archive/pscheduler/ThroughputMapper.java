package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code EsmondThroughputRecord}: iperf2, iperf3, nuttcp, ethr. Stream series (per-stream lists,
 * ordered by stream id) are sent only when the spec asks for more than one parallel stream. TCP
 * runs also send {@code packet-rtt} and {@code tcp-windowsize} (and their streams/subintervals),
 * which the archiver never registers, so esmond drops them; they are kept here so the body is the
 * archiver's. Subintervals: {@link ThroughputIntervals}.
 */
final class ThroughputMapper implements TestTypeMapper {

    private static final Map<String, String> SPEC_FIELDS = TestTypeMapper.ordered("tos", "ip-tos", "dscp", "ip-dscp",
            "buffer-length", "bw-buffer-size", "parallel", "bw-parallel-streams", "bandwidth", "bw-target-bandwidth",
            "window-size", "tcp-window-size", "dynamic-window-size", "tcp-dynamic-window-size",
            "mss", "tcp-max-segment-size", "omit", "bw-ignore-first-seconds");

    @Override
    public List<String> eventTypes(JsonObject spec) {
        List<String> types = new ArrayList<>(List.of("failures", "throughput", "throughput-subintervals"));
        if (parallel(spec)) {
            types.addAll(List.of("streams-throughput", "streams-throughput-subintervals"));
        }
        if (udp(spec)) {
            types.addAll(List.of("packet-loss-rate", "packet-count-lost", "packet-count-sent"));
        } else {
            types.addAll(List.of("packet-retransmits", "packet-retransmits-subintervals"));
            if (parallel(spec)) {
                types.addAll(List.of("streams-packet-retransmits", "streams-packet-retransmits-subintervals"));
            }
        }
        return types;
    }

    @Override
    public Map<String, String> specFields() {
        return SPEC_FIELDS;
    }

    @Override
    public void extraParameters(JsonObject spec, EsmondRecord record) {
        record.parameter("ip-transport-protocol", udp(spec) ? "udp" : "tcp");
    }

    @Override
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        JsonObject summary = JsonMembers.object(result.get("summary"), "result.summary");
        JsonObject total = JsonMembers.object(summary.get("summary"), "result.summary.summary");
        if (PyJson.truthy(total)) {
            copyIfPresent(total, "throughput-bits", "throughput", record);
            if (udp(spec)) {
                copyIfPresent(total, "sent", "packet-count-sent", record);
                copyIfPresent(total, "lost", "packet-count-lost", record);
                LossRate.add(record, "packet-loss-rate", total, "lost", "sent");
            } else {
                copyIfPresent(total, "retransmits", "packet-retransmits", record);
                copyIfPresent(total, "rtt", "packet-rtt", record);
                copyIfPresent(total, "tcp-window-size", "tcp-windowsize", record);
            }
        }
        List<JsonObject> streams = sortedStreams(spec, summary);
        if (!streams.isEmpty()) {
            JsonArrayBuilder throughputs = Jsonp.createArrayBuilder();
            streams.forEach(stream -> throughputs.add(stream.getOrDefault("throughput-bits", JsonValue.NULL)));
            record.value("streams-throughput", throughputs.build());
            if (!udp(spec)) {
                for (String[] series : new String[][] {{"retransmits", "streams-packet-retransmits"},
                    {"rtt", "streams-packet-rtt"}, {"tcp-window-size", "streams-tcp-windowsize"}}) {
                    JsonArrayBuilder values = Jsonp.createArrayBuilder();
                    streams.stream().map(s -> s.get(series[0])).filter(PyJson::truthy).forEach(values::add);
                    JsonValue list = values.build();
                    if (PyJson.truthy(list)) {
                        record.value(series[1], list);
                    }
                }
            }
        }
        new ThroughputIntervals(parallel(spec), udp(spec)).add(result, record);
    }

    /** The archiver sorted {@code summary.streams} in place, so pscheduler-raw holds them sorted. */
    @Override
    public JsonObject rawView(JsonObject spec, JsonObject result) {
        JsonObject summary = JsonMembers.object(result.get("summary"), "result.summary");
        List<JsonObject> streams = sortedStreams(spec, summary);
        if (streams.isEmpty()) {
            return result;
        }
        JsonObject sorted = Jsonp.createObjectBuilder(summary).add("streams", Jsonp.createArrayBuilder(streams)).build();
        return Jsonp.createObjectBuilder(result).add("summary", sorted).build();
    }

    /** {@code summary.streams} ordered by stream id, when present and the spec is parallel; else none. */
    private static List<JsonObject> sortedStreams(JsonObject spec, JsonObject summary) {
        if (!PyJson.truthy(summary.get("streams")) || !parallel(spec)) {
            return List.of();
        }
        List<JsonObject> streams = new ArrayList<>();
        JsonMembers.array(summary.get("streams"), "result.summary.streams")
                .forEach(s -> streams.add(JsonMembers.object(s, "result.summary.streams[]")));
        streams.sort((a, b) -> PyJson.ORDER.compare(a.getOrDefault("stream-id", JsonValue.NULL),
                b.getOrDefault("stream-id", JsonValue.NULL)));
        return streams;
    }

    private static void copyIfPresent(JsonObject from, String field, String eventType, EsmondRecord record) {
        if (PyJson.present(from, field)) {
            record.value(eventType, from.get(field));
        }
    }

    static boolean parallel(JsonObject spec) {
        return PyJson.greaterThanOne(spec.get("parallel"));
    }

    static boolean udp(JsonObject spec) {
        return PyJson.truthy(spec.get("udp"));
    }
}
