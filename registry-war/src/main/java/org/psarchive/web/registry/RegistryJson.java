package org.psarchive.web.registry;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.registry.DualStackEntry;
import org.psarchive.registry.DualStackReport;
import org.psarchive.registry.EndpointPage;
import org.psarchive.registry.HostResolution;
import org.psarchive.registry.RegisteredEndpoint;
import org.psarchive.registry.ServiceEndpoint;
import org.psarchive.registry.ServiceType;
import org.psarchive.registry.Site;

/** The registry API's JSON shapes (docs/registry.md): kebab-case members, null for nothing. */
final class RegistryJson {

    private RegistryJson() {
    }

    static JsonObjectBuilder site(Site site) {
        return Jsonp.createObjectBuilder()
                .add("name", site.name())
                .add("country-code", site.countryCode())
                .add("description", text(site.description()))
                .add("created", instant(site.created()))
                .add("updated", instant(site.updated()));
    }

    static JsonObjectBuilder serviceType(ServiceType type) {
        return Jsonp.createObjectBuilder()
                .add("name", type.name())
                .add("description", type.description())
                .add("lookup-service-type", type.lookupServiceType())
                .add("locator-template", type.locatorTemplate());
    }

    static JsonObjectBuilder endpoint(ServiceEndpoint endpoint) {
        return Jsonp.createObjectBuilder()
                .add("id", endpoint.id())
                .add("site", endpoint.site().name())
                .add("service-type", endpoint.serviceType().name())
                .add("host-name", endpoint.hostName())
                .add("ipv4", text(endpoint.ipv4()))
                .add("ipv6", text(endpoint.ipv6()))
                .add("description", text(endpoint.description()))
                .add("beta", endpoint.beta())
                .add("production", endpoint.production())
                .add("monitored", endpoint.monitored())
                .add("communities", strings(endpoint.communities()))
                .add("created", instant(endpoint.created()))
                .add("updated", instant(endpoint.updated()));
    }

    static JsonObjectBuilder page(EndpointPage page, int limit, int offset) {
        JsonArrayBuilder endpoints = Jsonp.createArrayBuilder();
        page.endpoints().forEach(endpoint -> endpoints.add(endpoint(endpoint)));
        return Jsonp.createObjectBuilder()
                .add("total", page.total())
                .add("limit", limit)
                .add("offset", offset)
                .add("endpoints", endpoints);
    }

    static JsonObjectBuilder dualStack(DualStackReport report) {
        JsonArrayBuilder entries = Jsonp.createArrayBuilder();
        report.entries().forEach(entry -> entries.add(entry(entry)));
        return Jsonp.createObjectBuilder()
                .add("summary", Jsonp.createObjectBuilder()
                        .add("endpoints", report.entries().size())
                        .add("hosts", report.hosts())
                        .add("dual-stack", report.dualStack())
                        .add("ipv4-only", report.ipv4Only())
                        .add("ipv6-only", report.ipv6Only())
                        .add("unresolved", report.unresolved())
                        .add("timed-out", report.timedOut())
                        .add("mismatched", report.mismatched()))
                .add("endpoints", entries);
    }

    private static JsonObjectBuilder entry(DualStackEntry entry) {
        RegisteredEndpoint endpoint = entry.endpoint();
        HostResolution resolution = entry.resolution();
        return Jsonp.createObjectBuilder()
                .add("id", endpoint.id())
                .add("site", endpoint.siteName())
                .add("service-type", endpoint.serviceType())
                .add("host-name", endpoint.hostName())
                .add("ipv4", text(endpoint.ipv4()))
                .add("ipv6", text(endpoint.ipv6()))
                .add("resolution", resolution.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("resolved-ipv4", strings(resolution.ipv4()))
                .add("resolved-ipv6", strings(resolution.ipv6()))
                .add("has-a", entry.hasA())
                .add("has-aaaa", entry.hasAaaa())
                .add("dual-stack", entry.dualStack())
                .add("ipv4-matches", bool(entry.ipv4Matches()))
                .add("ipv6-matches", bool(entry.ipv6Matches()));
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsonp.createValue(value);
    }

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    private static JsonValue instant(Instant instant) {
        return instant == null ? JsonValue.NULL : Jsonp.createValue(instant.toString());
    }
}
