package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry API on MariaDB: sites, service types, endpoints, validation, permissions, the dual-stack report. */
class RegistryIT extends DeployedPlatformTest {

    private static final String BANDWIDTH = "net.perfSONAR.Bandwidth";
    private static final String LATENCY = "net.perfSONAR.Latency";

    @Test
    void createsReadsRenamesAndDeletesASite() {
        String name = unique("SITE");

        HttpResponse<String> created = admin.send("POST", "api/registry/sites",
                "{\"name\":\"" + name + "\",\"country-code\":\"ch\",\"description\":\"Tier-2 site\"}");

        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/registry/sites/" + name));
        JsonObject site = Http.object(created);
        assertEquals("CH", site.getString("country-code"));
        assertEquals("Tier-2 site", site.getString("description"));
        assertEquals(site, Http.object(http.get("api/registry/sites/" + name)));
        assertTrue(names(Http.structure(http.get("api/registry/sites")).asJsonArray()).contains(name));

        HttpResponse<String> updated = admin.send("PUT", "api/registry/sites/" + name,
                "{\"name\":\"" + name + "-NEW\",\"country-code\":\"DE\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("DE", Http.object(updated).getString("country-code"));
        assertTrue(Http.object(updated).isNull("description"), "a PUT replaces: no description given, none kept");
        assertEquals(404, http.get("api/registry/sites/" + name).statusCode());

        assertEquals(204, admin.send("DELETE", "api/registry/sites/" + name + "-NEW", null).statusCode());
        assertEquals(404, http.get("api/registry/sites/" + name + "-NEW").statusCode());
    }

    @Test
    void refusesASecondSiteOfTheSameName() {
        String name = createSite("CH");

        HttpResponse<String> again = admin.send("POST", "api/registry/sites",
                "{\"name\":\"" + name.toLowerCase() + "\",\"country-code\":\"CH\"}");

        assertProblem(again, 409, name.toLowerCase());
    }

    @Test
    void listsTheSeededServiceTypesAnonymouslyAndAddsOneAsAdmin() {
        Map<String, JsonObject> types = Http.structure(http.get("api/registry/service-types")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(t -> t.getString("name"), t -> t));
        assertEquals("pscheduler", types.get(BANDWIDTH).getString("lookup-service-type"));
        assertEquals("https://{host}/pscheduler", types.get(BANDWIDTH).getString("locator-template"));
        assertEquals("owamp", types.get(LATENCY).getString("lookup-service-type"));
        assertEquals("tcp://{host}:861", types.get(LATENCY).getString("locator-template"));
        assertFalse(types.get(LATENCY).getString("description").isBlank());

        String name = "net.perfSONAR.Test" + ThreadLocalRandom.current().nextInt(1_000_000);
        String body = "{\"name\":\"" + name + "\",\"description\":\"test type\",\"lookup-service-type\":\"pscheduler\","
                + "\"locator-template\":\"https://{host}/pscheduler\"}";
        assertEquals(401, post("api/registry/service-types", body, null).statusCode());
        HttpResponse<String> created = admin.send("POST", "api/registry/service-types", body);
        assertEquals(201, created.statusCode(), created.body());
        assertProblem(admin.send("POST", "api/registry/service-types", body), 409, name);
        assertProblem(admin.send("POST", "api/registry/service-types", body.replace("{host}", "example.org")),
                400, "locator-template");
    }

    @Test
    void registersBothServiceTypesOnOneHostButEachOnlyOncePerSite() {
        String site = createSite("US");
        String host = uniqueHost();

        JsonObject bandwidth = createEndpoint(endpoint(site, BANDWIDTH, host).add("ipv4", "192.0.2.10")
                .add("ipv6", "2001:DB8:0::10").add("communities", Json.createArrayBuilder().add("WLCG").add("wlcg")));
        JsonObject latency = createEndpoint(endpoint(site, LATENCY, host));

        assertEquals(host, bandwidth.getString("host-name"));
        assertEquals("2001:db8::10", bandwidth.getString("ipv6"), "kept in RFC 5952 form");
        assertEquals(List.of("WLCG", "wlcg"), strings(bandwidth.getJsonArray("communities")), "communities are case-sensitive");
        assertFalse(latency.getBoolean("beta"));
        assertTrue(latency.getBoolean("production"));
        assertTrue(latency.getBoolean("monitored"));
        assertTrue(latency.isNull("ipv4"));
        assertEquals(bandwidth, Http.object(http.get("api/registry/endpoints/" + bandwidth.getJsonNumber("id"))));

        HttpResponse<String> again = admin.send("POST", "api/registry/endpoints",
                endpoint(site, BANDWIDTH, host.toUpperCase()).build().toString());
        assertProblem(again, 409, BANDWIDTH);
        assertEquals(2, search("site=" + site).getInt("total"));

        String otherSite = createSite("US");
        createEndpoint(endpoint(otherSite, BANDWIDTH, host)); // unique per site, host and type
        assertEquals(3, search("host=" + host).getInt("total"));
    }

    @Test
    void searchesByEveryFilterWithPagingAndATotal() {
        String site = createSite("FR");
        String community = "VO-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String a = uniqueHost();
        String b = uniqueHost();
        createEndpoint(endpoint(site, BANDWIDTH, a).add("communities", Json.createArrayBuilder().add(community)));
        createEndpoint(endpoint(site, LATENCY, a).add("beta", true).add("communities", Json.createArrayBuilder().add(community)));
        createEndpoint(endpoint(site, BANDWIDTH, b).add("production", false).add("monitored", false));

        assertEquals(3, search("site=" + site).getInt("total"));
        assertEquals(2, search("site=" + site + "&service-type=" + BANDWIDTH).getInt("total"));
        assertEquals(2, search("community=" + community).getInt("total"));
        assertEquals(0, search("community=" + community.toLowerCase()).getInt("total"), "case-sensitive");
        assertEquals(2, search("site=" + site + "&host=" + a).getInt("total"));
        assertEquals(1, search("site=" + site + "&beta=true").getInt("total"));
        assertEquals(1, search("site=" + site + "&production=false").getInt("total"));
        assertEquals(2, search("site=" + site + "&monitored=true").getInt("total"));
        assertEquals(1, search("community=" + community + "&service-type=" + LATENCY + "&beta=true").getInt("total"));

        JsonObject first = search("site=" + site + "&limit=2");
        JsonObject rest = search("site=" + site + "&limit=2&offset=2");
        assertEquals(3, first.getInt("total"));
        assertEquals(2, first.getJsonArray("endpoints").size());
        assertEquals(1, rest.getJsonArray("endpoints").size());
        assertEquals(3, rest.getInt("total"));

        assertProblem(http.get("api/registry/endpoints?limit=0"), 400, "limit");
        assertProblem(http.get("api/registry/endpoints?beta=maybe"), 400, "beta");
        assertProblem(http.get("api/registry/endpoints?host=not_a_host"), 400, "host-name");
    }

    @Test
    void updatesAnEndpointWholeAndRefusesAClash() {
        String site = createSite("IT");
        String host = uniqueHost();
        String renamed = uniqueHost();
        JsonObject endpoint = createEndpoint(endpoint(site, BANDWIDTH, host).add("ipv4", "192.0.2.1").add("beta", true)
                .add("communities", Json.createArrayBuilder().add("ATLAS")));
        String path = "api/registry/endpoints/" + endpoint.getJsonNumber("id");

        HttpResponse<String> updated = admin.send("PUT", path, endpoint(site, LATENCY, renamed)
                .add("description", "latency node").add("communities", Json.createArrayBuilder().add("CMS").add("LHCb"))
                .build().toString());

        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject now = Http.object(updated);
        assertEquals(renamed, now.getString("host-name"));
        assertEquals(LATENCY, now.getString("service-type"));
        assertTrue(now.isNull("ipv4"), "a PUT replaces the whole endpoint");
        assertFalse(now.getBoolean("beta"));
        assertEquals(List.of("CMS", "LHCb"), strings(now.getJsonArray("communities")));
        assertEquals(endpoint.getString("created"), now.getString("created"));
        assertEquals(0, search("host=" + host).getInt("total"));

        JsonObject other = createEndpoint(endpoint(site, BANDWIDTH, host));
        HttpResponse<String> clash = admin.send("PUT", "api/registry/endpoints/" + other.getJsonNumber("id"),
                endpoint(site, LATENCY, renamed).build().toString());
        assertProblem(clash, 409, renamed);
        assertEquals(BANDWIDTH, Http.object(http.get("api/registry/endpoints/" + other.getJsonNumber("id"))).getString("service-type"));

        assertEquals(204, admin.send("DELETE", path, null).statusCode());
        assertEquals(404, http.get(path).statusCode());
        assertProblem(admin.send("DELETE", path, null), 404, "id");
    }

    @Test
    void refusesEveryInvalidFieldWithADetailNamingItAndStoresNothing() {
        String site = createSite("NL");
        String host = uniqueHost();
        Map<String, JsonObjectBuilder> invalid = new java.util.LinkedHashMap<>();
        invalid.put("host-name", endpoint(site, BANDWIDTH, "localhost"));
        invalid.put("host-name ", endpoint(site, BANDWIDTH, "ps..example.org"));
        invalid.put("host-name  ", endpoint(site, BANDWIDTH, "-ps.example.org"));
        invalid.put("host-name   ", endpoint(site, BANDWIDTH, "a".repeat(64) + ".example.org"));
        invalid.put("ipv4", endpoint(site, BANDWIDTH, host).add("ipv4", "192.0.2.256"));
        invalid.put("ipv4 ", endpoint(site, BANDWIDTH, host).add("ipv4", "2001:db8::1"));
        invalid.put("ipv6", endpoint(site, BANDWIDTH, host).add("ipv6", "2001:db8::1::2"));
        invalid.put("ipv6 ", endpoint(site, BANDWIDTH, host).add("ipv6", "192.0.2.1"));
        invalid.put("description", endpoint(site, BANDWIDTH, host).add("description", "<b>node</b>"));
        invalid.put("description ", endpoint(site, BANDWIDTH, host).add("description", "x".repeat(256)));
        invalid.put("community", endpoint(site, BANDWIDTH, host).add("communities", Json.createArrayBuilder().add("WLCG,ATLAS")));
        invalid.put("community ", endpoint(site, BANDWIDTH, host).add("communities", Json.createArrayBuilder().add(" ")));
        invalid.put("communities", endpoint(site, BANDWIDTH, host).add("communities", "WLCG"));
        invalid.put("beta", endpoint(site, BANDWIDTH, host).add("beta", "no"));
        invalid.put("service-type", endpoint(site, "net perfSONAR", host));
        invalid.put("site", endpoint("bad site", BANDWIDTH, host));

        invalid.forEach((field, body) -> assertProblem(
                admin.send("POST", "api/registry/endpoints", body.build().toString()), 400, field.strip()));
        assertEquals(0, search("site=" + site).getInt("total"), "nothing stored");

        assertProblem(admin.send("POST", "api/registry/endpoints", endpoint(site, "net.perfSONAR.Nothing", host).build().toString()),
                404, "net.perfSONAR.Nothing");
        assertProblem(admin.send("POST", "api/registry/endpoints", endpoint(unique("NOSITE"), BANDWIDTH, host).build().toString()),
                404, "NOSITE");
        assertProblem(admin.send("POST", "api/registry/sites", "{\"name\":\"" + unique("S") + "\",\"country-code\":\"UK\"}"),
                400, "country-code");
        assertProblem(admin.send("POST", "api/registry/sites", "{\"name\":\"" + unique("S") + "\",\"country-code\":\"GB\","
                + "\"description\":\"it's\"}"), 400, "description");
        assertProblem(admin.send("POST", "api/registry/sites", "{\"country-code\":\"GB\"}"), 400, "name");

        JsonObject stored = createEndpoint(endpoint(site, BANDWIDTH, host).add("ipv4", "192.0.2.9"));
        String path = "api/registry/endpoints/" + stored.getJsonNumber("id");
        assertProblem(admin.send("PUT", path, endpoint(site, BANDWIDTH, host).add("ipv4", "192.0.2.9")
                .add("ipv6", "fe80::1%eth0").build().toString()), 400, "ipv6");
        assertEquals(stored, Http.object(http.get(path)), "a refused update changes nothing");
        assertProblem(http.get("api/registry/endpoints/abc"), 400, "id");
    }

    @Test
    void readsAreAnonymousAndWritesNeedTheAdminPermission() {
        String site = createSite("SE");
        JsonObject endpoint = createEndpoint(endpoint(site, BANDWIDTH, uniqueHost()));
        String path = "api/registry/endpoints/" + endpoint.getJsonNumber("id");
        String key = admin.createAccount(unique("host"), "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
        String body = endpoint(site, LATENCY, uniqueHost()).build().toString();

        assertEquals(200, http.get("api/registry/sites/" + site).statusCode());
        assertEquals(200, http.get(path).statusCode());
        assertEquals(200, http.get("api/registry/endpoints?site=" + site).statusCode());
        assertEquals(200, http.get("api/registry/service-types").statusCode());

        assertEquals(401, post("api/registry/endpoints", body, null).statusCode());
        assertEquals(403, post("api/registry/endpoints", body, key).statusCode());
        assertEquals(401, post("api/registry/sites", "{\"name\":\"" + unique("X") + "\",\"country-code\":\"SE\"}", null).statusCode());
        assertEquals(403, send("PUT", "api/registry/sites/" + site, "{\"country-code\":\"NO\"}", key).statusCode());
        assertEquals(403, send("PUT", path, body, key).statusCode());
        assertEquals(401, send("DELETE", path, null, null).statusCode());
        assertEquals(403, send("DELETE", "api/registry/sites/" + site + "?cascade=true", null, key).statusCode());
        assertEquals(endpoint, Http.object(http.get(path)), "nothing changed");
        assertEquals("SE", Http.object(http.get("api/registry/sites/" + site)).getString("country-code"));
    }

    @Test
    void deletesASiteWithEndpointsOnlyWhenCascaded() {
        String site = createSite("JP");
        String host = uniqueHost();
        createEndpoint(endpoint(site, BANDWIDTH, host));
        createEndpoint(endpoint(site, LATENCY, host));

        assertProblem(admin.send("DELETE", "api/registry/sites/" + site, null), 409, "cascade");
        assertEquals(2, search("site=" + site).getInt("total"));

        assertEquals(204, admin.send("DELETE", "api/registry/sites/" + site + "?cascade=true", null).statusCode());
        assertEquals(404, http.get("api/registry/sites/" + site).statusCode());
        assertEquals(0, search("host=" + host).getInt("total"));
        JsonArray audit = Http.structure(admin.send("GET", "api/admin/audit?limit=20", null)).asJsonArray();
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(event -> event.getString("action")
                .equals("registry.site.delete") && event.getString("target").equals(site)
                && event.getString("detail").contains("endpoints-deleted=2")), audit.toString());
    }

    @Test
    void recordsEveryWriteInTheAuditLog() {
        String site = createSite("AT");
        JsonObject endpoint = createEndpoint(endpoint(site, BANDWIDTH, uniqueHost()));
        admin.send("PUT", "api/registry/endpoints/" + endpoint.getJsonNumber("id"),
                endpoint(site, LATENCY, endpoint.getString("host-name")).build().toString());
        admin.send("DELETE", "api/registry/endpoints/" + endpoint.getJsonNumber("id"), null);

        Set<String> actions = Http.structure(admin.send("GET", "api/admin/audit?limit=50", null)).asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("target").equals(site) || event.getString("target").equals(endpoint.getString("host-name")))
                .map(event -> event.getString("action")).collect(Collectors.toSet());
        assertEquals(Set.of("registry.site.create", "registry.endpoint.create", "registry.endpoint.update",
                "registry.endpoint.delete"), actions);
    }

    /**
     * {@code localhost} is no FQDN, so the API would refuse it; the row is written directly, standing for a
     * registered host the server's resolver knows. The .invalid name never resolves (RFC 6761).
     */
    @Test
    void reportsWhichHostsResolveToIpv4AndIpv6() throws Exception {
        String site = createSite("CH");
        String nowhere = "ps-" + ThreadLocalRandom.current().nextInt(1_000_000) + ".nowhere.invalid";
        createEndpoint(endpoint(site, LATENCY, nowhere).add("ipv4", "192.0.2.1"));
        long localId = insertEndpointDirectly(site, "localhost", "127.0.0.1", "2001:db8::1");
        InetAddress[] local = InetAddress.getAllByName("localhost");
        Set<InetAddress> localV4 = Arrays.stream(local).filter(a -> a instanceof Inet4Address).collect(Collectors.toSet());
        Set<InetAddress> localV6 = Arrays.stream(local).filter(a -> a instanceof Inet6Address).collect(Collectors.toSet());

        HttpResponse<String> response = http.get("api/registry/dual-stack?site=" + site);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Http.object(response);
        Map<String, JsonObject> byHost = report.getJsonArray("endpoints").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("host-name"), e -> e));
        JsonObject localhost = byHost.get("localhost");
        assertEquals(localId, localhost.getJsonNumber("id").longValue());
        assertEquals("resolved", localhost.getString("resolution"));
        assertEquals(localV4, addresses(localhost.getJsonArray("resolved-ipv4")));
        assertEquals(localV6, addresses(localhost.getJsonArray("resolved-ipv6")));
        assertEquals(!localV4.isEmpty(), localhost.getBoolean("has-a"));
        assertEquals(!localV6.isEmpty(), localhost.getBoolean("has-aaaa"));
        assertEquals(!localV4.isEmpty() && !localV6.isEmpty(), localhost.getBoolean("dual-stack"));
        assertTrue(localhost.getBoolean("ipv4-matches"), "127.0.0.1 is localhost");
        assertFalse(localhost.getBoolean("ipv6-matches"), "2001:db8::1 is not");

        JsonObject unresolved = byHost.get(nowhere);
        assertTrue(Set.of("not-found", "timed-out").contains(unresolved.getString("resolution")), unresolved.toString());
        assertFalse(unresolved.getBoolean("has-a"));
        assertFalse(unresolved.getBoolean("has-aaaa"));
        assertFalse(unresolved.getBoolean("ipv4-matches"));
        assertEquals(JsonValue.NULL, unresolved.get("ipv6-matches"), "no IPv6 registered: nothing to compare");

        JsonObject summary = report.getJsonObject("summary");
        assertEquals(2, summary.getInt("endpoints"));
        assertEquals(2, summary.getInt("hosts"));
        assertEquals(1, summary.getInt("unresolved"));
        assertEquals(2, summary.getInt("mismatched"));
        assertEquals(localV6.isEmpty() ? 0 : 1, summary.getInt("dual-stack"));
        assertEquals(localV6.isEmpty() ? 1 : 0, summary.getInt("ipv4-only"));
        assertProblem(http.get("api/registry/dual-stack?site=" + unique("NOSITE")), 404, "NOSITE");
        assertEquals(204, admin.send("DELETE", "api/registry/sites/" + site + "?cascade=true", null).statusCode());
    }

    // ---- helpers

    private String createSite(String country) {
        String name = unique("SITE");
        HttpResponse<String> response = admin.send("POST", "api/registry/sites",
                "{\"name\":\"" + name + "\",\"country-code\":\"" + country + "\"}");
        assertEquals(201, response.statusCode(), response.body());
        return name;
    }

    private static JsonObjectBuilder endpoint(String site, String type, String host) {
        return Json.createObjectBuilder().add("site", site).add("service-type", type).add("host-name", host);
    }

    private JsonObject createEndpoint(JsonObjectBuilder body) {
        HttpResponse<String> response = admin.send("POST", "api/registry/endpoints", body.build().toString());
        assertEquals(201, response.statusCode(), response.body());
        JsonObject endpoint = Http.object(response);
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/registry/endpoints/" + endpoint.getJsonNumber("id")));
        return endpoint;
    }

    private JsonObject search(String query) {
        HttpResponse<String> response = http.get("api/registry/endpoints?" + Arrays.stream(query.split("&"))
                .map(part -> part.substring(0, part.indexOf('=') + 1)
                        + URLEncoder.encode(part.substring(part.indexOf('=') + 1), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private HttpResponse<String> post(String path, String body, String key) {
        return send("POST", path, body, key);
    }

    private HttpResponse<String> send(String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Token " + key);
        }
        return http.send(request);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String inDetail) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        String detail = Http.object(response).getString("detail");
        assertTrue(detail.contains(inDetail), "detail '" + detail + "' should name " + inDetail);
    }

    private static long insertEndpointDirectly(String site, String host, String ipv4, String ipv6) throws Exception {
        long id = 2_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
        try (Connection connection = DriverManager.getConnection(System.getProperty("it.db.url"),
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                PreparedStatement insert = connection.prepareStatement("INSERT INTO reg_endpoint (id, site_id, service_type_id,"
                        + " host_name, ipv4, ipv6, beta, production, monitored, created_at, updated_at)"
                        + " SELECT ?, s.id, t.id, ?, ?, ?, FALSE, TRUE, TRUE, NOW(3), NOW(3)"
                        + " FROM reg_site s, reg_service_type t WHERE s.name = ? AND t.service_type_name = ?")) {
            insert.setLong(1, id);
            insert.setString(2, host);
            insert.setString(3, ipv4);
            insert.setString(4, ipv6);
            insert.setString(5, site);
            insert.setString(6, BANDWIDTH);
            assertEquals(1, insert.executeUpdate());
        }
        return id;
    }

    private static Set<InetAddress> addresses(JsonArray literals) throws Exception {
        Set<InetAddress> addresses = new java.util.HashSet<>();
        for (JsonString literal : literals.getValuesAs(JsonString.class)) {
            addresses.add(InetAddress.getByName(literal.getString())); // literals: no lookup
        }
        return addresses;
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36).toUpperCase();
    }

    private static String uniqueHost() {
        return "ps-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36) + ".example.org";
    }
}
