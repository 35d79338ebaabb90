package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code EsmondRTTRecord}: round trips (ping, tcpping, twping). Each round trip counts in
 * {@code histogram-rtt} under its time in milliseconds written {@code "%.2f"} (Python rounds the
 * exact binary value half-even, which {@link BigDecimal} reproduces and {@code String.format}
 * would not), and in {@code histogram-ttl-reverse} under its reply TTL.
 */
final class RttMapper implements TestTypeMapper {

    private static final List<String> EVENT_TYPES = List.of("failures", "packet-count-sent", "histogram-rtt",
            "histogram-ttl-reverse", "packet-duplicates-bidir", "packet-loss-rate-bidir", "packet-count-lost-bidir",
            "packet-reorders-bidir");
    private static final Map<String, String> SPEC_FIELDS = TestTypeMapper.ordered("count", "sample-size",
            "flowlabel", "ip-packet-flowlabel", "tos", "ip-tos", "length", "ip-packet-size", "ttl", "ip-ttl");
    private static final Map<String, String> RESULT_FIELDS = TestTypeMapper.ordered("sent", "packet-count-sent",
            "lost", "packet-count-lost-bidir", "duplicates", "packet-duplicates-bidir",
            "reorders", "packet-reorders-bidir");
    private static final Map<String, String> DURATIONS = TestTypeMapper.ordered("interval", "time-probe-interval",
            "timeout", "time-test-timeout", "deadline", "time-probe-timeout");

    @Override
    public List<String> eventTypes(JsonObject spec) {
        return EVENT_TYPES;
    }

    @Override
    public Map<String, String> specFields() {
        return SPEC_FIELDS;
    }

    @Override
    public void extraParameters(JsonObject spec, EsmondRecord record) {
        TestTypeMapper.durations(spec, DURATIONS, record);
    }

    @Override
    public Map<String, String> resultFields() {
        return RESULT_FIELDS;
    }

    @Override
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        Map<String, Integer> rtts = new LinkedHashMap<>();
        Map<String, Integer> ttls = new LinkedHashMap<>();
        for (JsonValue item : JsonMembers.array(result.get("roundtrips"), "result.roundtrips")) {
            JsonObject roundtrip = JsonMembers.object(item, "result.roundtrips[]");
            if (PyJson.truthy(roundtrip.get("rtt"))) {
                double ms = JsonMembers.seconds(roundtrip.get("rtt"), "result.roundtrips[].rtt") * 1000;
                rtts.merge(new BigDecimal(ms).setScale(2, RoundingMode.HALF_EVEN).toPlainString(), 1, Integer::sum);
            }
            if (PyJson.truthy(roundtrip.get("ttl"))) {
                ttls.merge(key(roundtrip.get("ttl")), 1, Integer::sum);
            }
        }
        if (!rtts.isEmpty()) {
            record.value("histogram-rtt", histogram(rtts));
        }
        if (!ttls.isEmpty()) {
            record.value("histogram-ttl-reverse", histogram(ttls));
        }
        LossRate.add(record, "packet-loss-rate-bidir", result, "lost", "sent");
    }

    /** How Python's json writes a dict key: an int as digits, a string as itself. */
    private static String key(JsonValue ttl) {
        if (ttl instanceof JsonNumber number) {
            return number.isIntegral() ? number.bigIntegerValue().toString() : Double.toString(number.doubleValue());
        }
        return ttl instanceof JsonString text ? text.getString() : ttl.toString();
    }

    private static JsonObject histogram(Map<String, Integer> counts) {
        JsonObjectBuilder histogram = Jsonp.createObjectBuilder();
        counts.forEach(histogram::add);
        return histogram.build();
    }
}
