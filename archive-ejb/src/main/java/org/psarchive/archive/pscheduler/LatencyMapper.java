package org.psarchive.archive.pscheduler;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;

/** {@code EsmondLatencyRecord} and {@code EsmondLatencyBGRecord}: one-way delay (owamp, powstream). */
final class LatencyMapper implements TestTypeMapper {

    private static final List<String> EVENT_TYPES = List.of("failures", "packet-count-sent", "histogram-owdelay",
            "histogram-ttl", "packet-duplicates", "packet-loss-rate", "packet-count-lost", "packet-reorders",
            "time-error-estimates");
    private static final Map<String, String> SPEC_FIELDS = TestTypeMapper.ordered(
            "packet-count", "sample-size",
            "bucket-width", "sample-bucket-width",
            "packet-interval", "time-probe-interval",
            "packet-timeout", "time-probe-timeout",
            "ip-tos", "ip-tos",
            "flip", "mode-flip",
            "packet-padding", "ip-packet-padding",
            "single-participant-mode", "mode-single-participant");
    private static final Map<String, String> RESULT_FIELDS = TestTypeMapper.ordered(
            "histogram-latency", "histogram-owdelay",
            "histogram-ttl", "histogram-ttl",
            "packets-sent", "packet-count-sent",
            "packets-lost", "packet-count-lost",
            "packets-reordered", "packet-reorders",
            "packets-duplicated", "packet-duplicates",
            "max-clock-error", "time-error-estimates");

    @Override
    public List<String> eventTypes(JsonObject spec) {
        return EVENT_TYPES;
    }

    @Override
    public Map<String, String> specFields() {
        return SPEC_FIELDS;
    }

    @Override
    public Map<String, String> resultFields() {
        return RESULT_FIELDS;
    }

    @Override
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        LossRate.add(record, "packet-loss-rate", result, "packets-lost", "packets-sent");
    }
}
