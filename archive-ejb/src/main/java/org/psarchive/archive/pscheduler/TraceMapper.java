package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code EsmondTraceRecord}: traceroute, tracepath, paris-traceroute. Each hop becomes
 * {@code {ttl, query: 1, success, error-message?, ip?, hostname?, as?, rtt (ms)?, mtu?}}. A hop
 * without an MTU inherits the last MTU seen, even from an earlier path; {@code path-mtu} is the
 * smallest MTU reported; {@code packet-trace} is the first non-empty path and
 * {@code packet-trace-multi} (paris-traceroute only) all of them.
 */
final class TraceMapper implements TestTypeMapper {

    private static final Map<String, String> SPEC_FIELDS = TestTypeMapper.ordered("algorithm", "trace-algorithm",
            "first-ttl", "trace-first-ttl", "fragment", "ip-fragment", "hops", "trace-max-ttl",
            "length", "ip-packet-size", "probe-type", "ip-transport-protocol", "queries", "trace-num-queries",
            "tos", "ip-tos");
    private static final Map<String, String> DURATIONS = TestTypeMapper.ordered("sendwait", "time-probe-interval",
            "wait", "time-test-timeout");

    @Override
    public List<String> eventTypes(JsonObject spec) {
        List<String> types = new ArrayList<>(List.of("failures", "packet-trace", "path-mtu"));
        if (paris(spec)) {
            types.add("packet-trace-multi");
        }
        return types;
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
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        JsonArrayBuilder all = Jsonp.createArrayBuilder();
        JsonArray first = null;
        boolean anyPath = false;
        JsonNumber mtu = null;
        JsonNumber pathMtu = null;
        for (JsonValue path : JsonMembers.array(result.get("paths"), "result.paths")) {
            JsonArrayBuilder hops = Jsonp.createArrayBuilder();
            int ttl = 0;
            for (JsonValue item : JsonMembers.array(path, "result.paths[]")) {
                JsonObject hop = JsonMembers.object(item, "result.paths[][]");
                JsonObjectBuilder formatted = Jsonp.createObjectBuilder().add("ttl", ++ttl).add("query", 1);
                boolean failed = PyJson.truthy(hop.get("error"));
                formatted.add("success", failed ? 0 : 1);
                if (failed) {
                    formatted.add("error-message", hop.get("error"));
                }
                for (String field : List.of("ip", "hostname", "as")) {
                    if (PyJson.truthy(hop.get(field))) {
                        formatted.add(field, hop.get(field));
                    }
                }
                if (PyJson.present(hop, "rtt")) {
                    formatted.add("rtt", JsonMembers.seconds(hop.get("rtt"), "result.paths[][].rtt") * 1000);
                }
                if (PyJson.present(hop, "mtu")) {
                    mtu = JsonMembers.number(hop.get("mtu"), "result.paths[][].mtu");
                    boolean smaller = pathMtu == null || pathMtu.bigDecimalValue().compareTo(mtu.bigDecimalValue()) > 0;
                    pathMtu = smaller ? mtu : pathMtu;
                }
                if (mtu != null) {
                    formatted.add("mtu", mtu);
                }
                hops.add(formatted);
            }
            JsonArray formattedPath = hops.build();
            all.add(formattedPath);
            anyPath = true;
            first = first == null || first.isEmpty() ? formattedPath : first;
        }
        if (first != null && !first.isEmpty()) {
            record.value("packet-trace", first);
        }
        if (pathMtu != null) {
            record.value("path-mtu", pathMtu);
        }
        if (paris(spec) && anyPath) {
            record.value("packet-trace-multi", all.build());
        }
    }

    private static boolean paris(JsonObject spec) {
        return spec.get("algorithm") instanceof JsonString algorithm
                && algorithm.getString().equals("paris-traceroute");
    }
}
