package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code EsmondDiskToDiskRecord}: a file transfer between two URLs. The ends are the host names of
 * the {@code source} and {@code dest} URLs (lower case, as Python's {@code urlparse(...).hostname});
 * a URL without a host (such as {@code file:///tmp/x}) stands for the measurement agent, and a
 * missing field for the lead participant. The spec is also flattened into
 * {@code pscheduler-disk-to-disk-*} parameters, and pscheduler-raw is always stored.
 */
final class DiskToDiskMapper implements TestTypeMapper {

    private static final Pattern AUTHORITY = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*:)?//([^/?#]*)");

    @Override
    public List<String> eventTypes(JsonObject spec) {
        return List.of("failures", "throughput");
    }

    @Override
    public Map<String, String> specFields() {
        return Map.of("parallel", "bw-parallel-streams");
    }

    @Override
    public void extraParameters(JsonObject spec, EsmondRecord record) {
        spec.forEach((field, value) -> record.flatten("pscheduler-disk-to-disk-" + field, value));
    }

    @Override
    public void extraValues(JsonObject spec, JsonObject result, EsmondRecord record) {
        if (PyJson.present(result, "throughput")) {
            double throughput = JsonMembers.toFloat(result.get("throughput"), "result.throughput");
            record.value("throughput", Jsonp.createValue(throughput));
        }
    }

    @Override
    public Subject subject(Subjects subjects, JsonObject spec) {
        return subjects.pointToPoint(end(subjects, spec, "source"), end(subjects, spec, "dest"));
    }

    @Override
    public boolean alwaysRaw() {
        return true;
    }

    private static String end(Subjects subjects, JsonObject spec, String field) {
        if (!spec.containsKey(field)) {
            return subjects.lead("input-" + (field.equals("dest") ? "destination" : "source"));
        }
        String url = spec.get(field) instanceof JsonString text ? text.getString() : "";
        return host(url).orElseGet(subjects::agentOrLead);
    }

    /** {@code urlparse(url).hostname}: the host of {@code [scheme:]//[user@]host[:port]/...}, lower case. */
    static Optional<String> host(String url) {
        Matcher authority = AUTHORITY.matcher(url);
        if (!authority.lookingAt()) {
            return Optional.empty();
        }
        String hostPort = authority.group(1).substring(authority.group(1).lastIndexOf('@') + 1);
        String host = hostPort.startsWith("[") && hostPort.contains("]")
                ? hostPort.substring(1, hostPort.indexOf(']'))
                : hostPort.split(":", 2)[0];
        return Optional.of(host.toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty());
    }
}
