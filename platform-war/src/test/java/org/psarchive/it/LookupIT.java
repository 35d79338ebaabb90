package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sLS-compatible lookup service on MariaDB: wire format, duplicates, every query form, paging,
 * leases and their edges, bulk renewal, delete authorisation, concurrency. The failsafe environment
 * sets a 1 s minimum lease, a 3 s grace period, a 50-record answer cap and no prune timer.
 */
class LookupIT extends DeployedPlatformTest {

    private LookupClient lookup;
    private String tag;

    @BeforeEach
    void client() {
        lookup = new LookupClient(http);
        tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registersAndReadsRecordsInSlsFormat() {
        JsonObject record = lookup.register("{\"type\":\"host\",\"host-name\":[\"ps1." + tag + ".example.org\",\"192.0.2.1\"],"
                + "\"location-country\":\"CH\",\"client-uuid\":\"" + tag + "\"}");

        String uri = record.getString("uri");
        assertTrue(uri.matches("lookup/host/[0-9a-f-]{36}"), uri);
        assertEquals(List.of("host"), strings(record.getJsonArray("type")));
        assertEquals(List.of("CH"), strings(record.getJsonArray("location-country")), "a scalar becomes a list");
        assertEquals("registered", record.getString("state"));
        assertTrue(record.getString("expires").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals(Duration.ofHours(2).toSeconds(), secondsUntil(record), 5, "the default lease");

        HttpResponse<String> read = http.get(uri);
        HttpResponse<String> key = http.get(uri + "/host-name");
        HttpResponse<String> noKey = http.get(uri + "/host-vm");
        HttpResponse<String> unknown = http.get("lookup/host/" + UUID.randomUUID());

        assertEquals(200, read.statusCode());
        assertEquals("application/json", read.headers().firstValue("Content-Type").orElse(""));
        assertEquals("*", read.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(uri, Http.object(read).getString("uri"));
        assertEquals("{\"host-name\":[\"ps1." + tag + ".example.org\",\"192.0.2.1\"]}", key.body());
        assertEquals(404, noKey.statusCode());
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void refusesRecordsItCannotStoreFaithfullyAndStoresNothing() {
        HttpResponse<String> bool = lookup.send("POST", "lookup/records",
                "{\"type\":\"host\",\"host-name\":\"" + tag + "\",\"host-virtual\":true}");
        HttpResponse<String> object = lookup.send("POST", "lookup/records",
                "{\"type\":\"host\",\"host-name\":\"" + tag + "\",\"location\":{\"city\":\"Geneva\"}}");
        HttpResponse<String> mixedList = lookup.send("POST", "lookup/records",
                "{\"type\":\"host\",\"host-name\":[\"" + tag + "\",null]}");
        HttpResponse<String> noType = lookup.send("POST", "lookup/records", "{\"host-name\":\"" + tag + "\"}");
        HttpResponse<String> twoTypes = lookup.send("POST", "lookup/records", "{\"type\":[\"host\",\"service\"],\"host-name\":\"" + tag + "\"}");
        HttpResponse<String> notJson = lookup.send("POST", "lookup/records", "{\"type\":");
        HttpResponse<String> notJsonType = http.send(HttpRequest.newBuilder(http.base().resolve("lookup/records"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"host\"}")));

        assertEquals(400, bool.statusCode());
        assertTrue(Http.object(bool).getString("detail").contains("'host-virtual' holds a boolean"), bool.body());
        assertEquals(400, object.statusCode());
        assertTrue(Http.object(object).getString("detail").contains("'location' holds an object"));
        assertEquals(400, mixedList.statusCode());
        assertEquals(400, noType.statusCode());
        assertTrue(Http.object(noType).getString("detail").contains("type"));
        assertEquals(400, twoTypes.statusCode());
        assertEquals(400, notJson.statusCode());
        assertEquals(415, notJsonType.statusCode());
        assertEquals(0, lookup.query("host-name=" + tag).size(), "nothing was stored");
    }

    @Test
    void refusesDuplicatesIncludingRecordsThatHoldMoreThanTheNewOne() {
        String body = "{\"type\":\"service\",\"service-type\":\"owamp\",\"service-locator\":[\"tcp://" + tag + ":861\"],"
                + "\"group-communities\":[\"A" + tag + "\",\"B" + tag + "\"]}";
        lookup.register(body);

        HttpResponse<String> same = lookup.send("POST", "lookup/records", body);
        HttpResponse<String> sameWithTtl = lookup.send("POST", "lookup/records", body.replace("{", "{\"ttl\":\"PT1H\","));
        HttpResponse<String> subset = lookup.send("POST", "lookup/records",
                "{\"type\":\"service\",\"service-locator\":\"tcp://" + tag + ":861\",\"group-communities\":\"A" + tag + "\"}");
        HttpResponse<String> different = lookup.send("POST", "lookup/records", body.replace("owamp", "twamp"));

        assertEquals(403, same.statusCode());
        assertTrue(Http.object(same).getString("detail").startsWith("Record already exists"));
        assertEquals(403, sameWithTtl.statusCode(), "the lease is not part of the comparison");
        assertEquals(403, subset.statusCode(), "a stored superset is a duplicate, as in sLS");
        assertEquals(200, different.statusCode());
    }

    @Test
    void findsDuplicatesAmongManyRecordsSharingTheirMostSelectiveValue() {
        // the duplicate rule compares up to 50 records holding the new record's client-uuid in Java,
        // and asks the database for the full match when more hold it
        String first = "{\"type\":\"service\",\"service-name\":\"s0-" + tag + "\",\"client-uuid\":\"" + tag + "\"}";
        for (int i = 0; i <= 51; i++) {
            lookup.register(first.replace("s0-", "s" + i + "-"));
        }

        HttpResponse<String> same = lookup.send("POST", "lookup/records", first);
        HttpResponse<String> last = lookup.send("POST", "lookup/records", first.replace("s0-", "s51-"));
        HttpResponse<String> different = lookup.send("POST", "lookup/records", first.replace("s0-", "s52-"));

        assertEquals(403, same.statusCode(), same.body());
        assertEquals(403, last.statusCode(), last.body());
        assertEquals(200, different.statusCode(), different.body());
        // an answer past the response's 8 KB buffer, streamed in chunks: still one JSON array, capped
        assertEquals(50, lookup.query("client-uuid=" + tag).size());
    }

    @Test
    void answersEveryQueryFormWithSlsSemantics() {
        String a = uriOf(lookup.register(community("A", "x-" + tag, "y-" + tag)));
        String b = uriOf(lookup.register(community("B", "y-" + tag)));
        String c = uriOf(lookup.register(community("C", "Y-" + tag, "z-" + tag)));

        assertEquals(Set.of(a, b), uris(lookup.query("group-communities=y-" + tag)), "exact and case-sensitive");
        assertEquals(Set.of(a), uris(lookup.query("group-communities=x-" + tag + ",y-" + tag)), "a list needs all by default");
        assertEquals(Set.of(a), uris(lookup.query("group-communities=x-" + tag + ",y-" + tag + "&group-communities-operator=all")));
        assertEquals(Set.of(a, b, c), uris(lookup.query("group-communities=x-" + tag + ",y-" + tag + ",z-" + tag
                + "&group-communities-operator=any")));
        assertEquals(Set.of(b), uris(lookup.query("group-communities=y-" + tag + "&service-name=B" + tag)), "keys AND by default");
        assertEquals(Set.of(b, c), uris(lookup.query("service-name=B" + tag + "&group-communities=z-" + tag + "&operator=any")));
        assertEquals(Set.of(a, b, c), uris(lookup.query("group-communities=*-" + tag)), "suffix");
        assertEquals(Set.of(a, b, c), uris(lookup.query("service-name=*" + tag + "&service-name-operator=any")));
        assertEquals(Set.of(b), uris(lookup.query("service-name=B*,*" + tag)), "a list of wildcards needs all");
        assertEquals(Set.of(c), uris(lookup.query("group-communities=Y-" + tag.substring(0, 4) + "*")), "prefix");
        assertEquals(Set.of(b), uris(lookup.query("type=service&service-name=B" + tag)));
        assertEquals(Set.of(), uris(lookup.query("type=host&service-name=B" + tag)));
        assertEquals(Set.of(a), uris(lookup.query("uri=" + a)));
        assertEquals(400, http.get("lookup/records?operator=some").statusCode());
        assertEquals(400, http.get("lookup/records?skip=-1").statusCode());
    }

    @Test
    void pagesWithSkipAndMaxresultsWithinTheCap() {
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            registered.add(uriOf(lookup.register("{\"type\":\"pstest\",\"pstest-name\":\"" + tag + "-" + i + "\",\"pstest-source\":\"" + tag + "\"}")));
        }

        HttpResponse<String> first = http.get("lookup/records?pstest-source=" + tag + "&maxresults=3");
        JsonArray second = lookup.query("pstest-source=" + tag + "&maxresults=3&skip=3");
        JsonArray last = lookup.query("pstest-source=" + tag + "&maxresults=3&skip=6");
        JsonArray capped = lookup.query("maxresults=100000");

        assertEquals("application/json", first.headers().firstValue("Content-Type").orElse(""));
        assertEquals(registered.subList(0, 3), uriList((JsonArray) Http.structure(first)));
        assertTrue(first.headers().firstValue("Link").orElse("").contains("skip=3"), first.headers().map().toString());
        assertEquals(registered.subList(3, 6), uriList(second));
        assertEquals(registered.subList(6, 7), uriList(last));
        assertTrue(capped.size() <= 50, "the configured cap bounds one answer");
    }

    @Test
    void appliesSlsLeaseRulesToTheTtl() {
        assertEquals(3600, secondsUntil(lookup.register(host("PT1H"))), 5);
        assertEquals(7200, secondsUntil(lookup.register(host("PT120M").replace("h1", "h2"))), 5);
        assertEquals(7200, secondsUntil(lookup.register(host("PT0S").replace("h1", "h3"))), 5, "zero gets the default");
        assertEquals(7200, secondsUntil(lookup.register(host("PT0.5S").replace("h1", "h4"))), 5, "below the minimum gets the default");
        assertEquals(7200, secondsUntil(lookup.register(host("P60D").replace("h1", "h5"))), 5, "above the maximum gets the default");
        assertEquals(30 * 86400, secondsUntil(lookup.register(host("P30D").replace("h1", "h6"))), 5);
        HttpResponse<String> unparseable = lookup.send("POST", "lookup/records", host("soon").replace("h1", "h7"));
        HttpResponse<String> months = lookup.send("POST", "lookup/records", host("P1M").replace("h1", "h8"));

        assertEquals(403, unparseable.statusCode());
        assertTrue(Http.object(unparseable).getString("detail").contains("Failed to secure lease"));
        assertEquals(403, months.statusCode(), "months have no fixed length");
    }

    @Test
    void hidesExpiredRecordsAtOnceAndRenewsThemWithinTheGracePeriod() throws Exception {
        String uri = uriOf(lookup.register(host("PT1S")));

        LookupClient.await("the lease to end", Duration.ofSeconds(5), () -> http.get(uri).statusCode() == 404);
        assertEquals(0, lookup.query("host-name=h1." + tag).size(), "an expired record is not returned by a query");
        HttpResponse<String> renewed = lookup.send("POST", uri, "{\"ttl\":\"PT1H\"}");

        assertEquals(200, renewed.statusCode(), renewed.body());
        assertEquals("renewed", Http.object(renewed).getString("state"));
        assertEquals(3600, secondsUntil(Http.object(renewed)), 5);
        assertEquals(1, lookup.query("host-name=h1." + tag).size());
    }

    @Test
    void refusesRenewalBeyondTheGracePeriodAndPrunesTheRecord() throws Exception {
        String uri = uriOf(lookup.register(host("PT1S")));
        Instant registered = Instant.now();

        LookupClient.await("the grace period to end", Duration.ofSeconds(10),
                () -> Duration.between(registered, Instant.now()).toMillis() > 4_500);
        HttpResponse<String> late = lookup.send("POST", uri, null);
        HttpResponse<String> prune = admin.send("POST", "api/admin/lookup/prune", null);
        HttpResponse<String> afterPrune = lookup.send("POST", uri, null);

        assertEquals(403, late.statusCode(), late.body());
        assertEquals(200, prune.statusCode());
        assertTrue(Http.object(prune).getJsonNumber("deleted").longValue() >= 1);
        assertEquals(404, afterPrune.statusCode());
    }

    @Test
    void renewsInBulkAndReportsTheRecordsItCouldNotRenew() {
        String first = uriOf(lookup.register(host("PT1H")));
        String second = uriOf(lookup.register(host("PT1H").replace("h1", "h2")));
        String missing = "lookup/host/" + UUID.randomUUID();

        HttpResponse<String> response = lookup.send("PUT", "lookup/records", "{\"record-uris\":[\"" + first + "\",\""
                + missing + "\",\"" + second + "\",\"not-a-uri\"],\"ttl\":\"PT3H\"}");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Http.object(response);
        assertEquals("4", result.getString("total"));
        assertEquals("2", result.getString("renewed"));
        assertEquals("2", result.getString("failure"));
        assertEquals(List.of(missing, "not-a-uri"), strings(result.getJsonArray("failed-uris")));
        assertEquals(List.of("22", "22"), strings(result.getJsonArray("error-code")));
        assertEquals(3 * 3600, secondsUntil(Http.object(http.get(second))), 5);
        assertEquals("renewed", Http.object(http.get(first)).getString("state"));
    }

    @Test
    void deletesOnlyForTheRegisteringHostOrAnAdministrator() {
        String uri = uriOf(lookup.register(host("PT1H")));
        String other = uriOf(lookup.register(host("PT1H").replace("h1", "h2")));
        java.net.URI base = http.base();

        // a stranger on another address who read the record, client-uuid included (every read shows it)
        RawHttp.Answer stranger = RawHttp.send("127.0.0.3", base.getHost(), base.getPort(), "DELETE", "/" + uri,
                Map.of(), "{\"client-uuid\":\"" + tag + "\"}");
        // ls-registration-daemon's DELETE: no body, no query, from the host that registered the record
        HttpResponse<String> daemon = http.send(java.net.http.HttpRequest.newBuilder(base.resolve(uri))
                .header("Content-Type", "application/json; charset=utf-8").DELETE());
        HttpResponse<String> byAdmin = admin.send("DELETE", other, null);

        assertEquals(403, stranger.status(), stranger.body());
        assertTrue(stranger.body().contains("from the address it registered from"), stranger.body());
        assertEquals(200, daemon.statusCode(), daemon.body());
        assertEquals("deleted", Http.object(daemon).getString("state"));
        assertEquals(200, byAdmin.statusCode(), byAdmin.body());
        assertEquals(404, http.get(uri).statusCode());
        assertEquals(404, lookup.send("DELETE", uri, "{\"client-uuid\":\"" + tag + "\"}").statusCode(),
                "a DELETE that carries the record (as a client object holding it re-sends it) reaches the service");
    }

    @Test
    void answersTheRegistrationDaemonsQueriesAndRenewalsAsItSendsThem() {
        JsonObject registered = lookup.register("{\"type\":[\"service\"],\"service-name\":[\"owamp-" + tag + "\"],"
                + "\"client-uuid\":[\"" + tag + "\"],\"group-communities\":[\"D-" + tag + "\"],\"ttl\":[\"PT60M\"]}");
        String uri = uriOf(registered);

        // the Perl client's query: a slash before the '?'
        HttpResponse<String> query = http.get("lookup/records/?group-communities=D-" + tag + "&type=service");
        // a single renewal re-sends the whole record as its body
        HttpResponse<String> renewed = lookup.send("POST", uri, registered.toString());
        // a bulk renewal with the ttl as a list
        HttpResponse<String> bulk = lookup.send("PUT", "lookup/records", "{\"record-uris\":[\"" + uri + "\"],\"ttl\":[\"PT240M\"]}");

        assertEquals(200, query.statusCode(), query.body());
        assertEquals(1, ((JsonArray) Http.structure(query)).size());
        assertEquals(200, renewed.statusCode(), renewed.body());
        assertEquals("renewed", Http.object(renewed).getString("state"));
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertEquals("1", Http.object(bulk).getString("renewed"), bulk.body());
        assertEquals(240 * 60, secondsUntil(Http.object(http.get(uri))), 5);
    }

    @Test
    void aHostThatDropsACommunityDeletesItsRecordAndRegistersTheSubset() {
        String before = "{\"type\":\"service\",\"service-name\":\"bwctl-" + tag + "\",\"client-uuid\":\"" + tag
                + "\",\"group-communities\":[\"WLCG\",\"LHCONE-" + tag + "\"]}";
        String old = uriOf(lookup.register(before));

        HttpResponse<String> deleted = lookup.send("DELETE", old, null);
        HttpResponse<String> subset = lookup.send("POST", "lookup/records", before.replace(",\"LHCONE-" + tag + "\"", ""));

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(200, subset.statusCode(), "no longer refused as a duplicate of the old record: " + subset.body());
        assertEquals(0, lookup.query("group-communities=LHCONE-" + tag).size());
    }

    @Test
    void keepsNumbersAsTheirDecimalText() {
        // perfSONAR's Perl client through JSON::PP sends its latitude and longitude setters' values as numbers
        lookup.register("{\"type\":\"host\",\"host-name\":\"geo." + tag + "\",\"location-latitude\":[46.23],"
                + "\"location-longitude\":[6.05]}");

        JsonArray found = lookup.query("host-name=geo." + tag);

        assertEquals(1, found.size());
        assertEquals("46.23", found.getJsonObject(0).getJsonArray("location-latitude").getString(0));
        assertEquals("6.05", found.getJsonObject(0).getJsonArray("location-longitude").getString(0));
    }

    @Test
    void concurrentRenewalsOfOneRecordAllSucceed() throws Exception {
        String uri = uriOf(lookup.register(host("PT1H")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> renewals = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String body = i % 2 == 0 ? "{\"ttl\":\"PT2H\"}" : "{\"record-uris\":[\"" + uri + "\"],\"ttl\":\"PT2H\"}";
                String method = i % 2 == 0 ? "POST" : "PUT";
                String path = i % 2 == 0 ? uri : "lookup/records";
                renewals.add(() -> lookup.send(method, path, body).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(renewals)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject record = Http.object(http.get(uri));
        assertEquals("renewed", record.getString("state"));
        assertEquals(7200, secondsUntil(record), 5);
    }

    @Test
    void listsCommunitiesAndFindsHostsWithTheirServicesByCommunity() {
        String community = "WLCG-" + tag;
        JsonObject iface = lookup.register("{\"type\":\"interface\",\"interface-name\":\"eth0-" + tag + "\","
                + "\"interface-addresses\":[\"192.0.2.10\",\"2001:db8::10\"]}");
        JsonObject host = lookup.register("{\"type\":\"host\",\"host-name\":\"ps." + tag + ".example.org\","
                + "\"host-net-interfaces\":\"" + uriOf(iface) + "\",\"location-sitename\":\"CERN\",\"location-country\":\"CH\","
                + "\"group-communities\":[\"" + community + "\"]}");
        lookup.register("{\"type\":\"service\",\"service-type\":\"pscheduler\",\"service-locator\":\"https://ps." + tag
                + ".example.org/pscheduler\",\"service-host\":\"" + uriOf(host) + "\",\"group-communities\":\"" + community + "\"}");
        JsonObject lonelyHost = lookup.register("{\"type\":\"host\",\"host-name\":\"ps2." + tag + ".example.org\"}");
        lookup.register("{\"type\":\"service\",\"service-type\":\"owamp\",\"service-host\":\"" + uriOf(lonelyHost)
                + "\",\"group-communities\":\"" + community + "\"}");

        JsonObject counts = Http.structure(http.get("lookup/communities")).asJsonArray().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals(community)).findFirst().orElseThrow();
        JsonObject exact = Http.object(http.get("lookup/communities/" + community + "/hosts"));
        JsonObject lower = Http.object(http.get("lookup/communities/" + community.toLowerCase() + "/hosts"));
        JsonObject ignoringCase = Http.object(http.get("lookup/communities/" + community.toLowerCase() + "/hosts?case-insensitive=true"));

        assertEquals(1, counts.getInt("hosts"));
        assertEquals(2, counts.getInt("services"));
        assertEquals(2, exact.getJsonArray("hosts").size(), "a host whose service is in the community is in it too");
        JsonObject found = exact.getJsonArray("hosts").stream().map(JsonObject.class::cast)
                .filter(h -> h.getString("uri").equals(uriOf(host))).findFirst().orElseThrow();
        assertEquals(List.of("ps." + tag + ".example.org", "192.0.2.10", "2001:db8::10"), strings(found.getJsonArray("addresses")));
        assertEquals("CERN", found.getJsonObject("location").getString("sitename"));
        assertEquals(1, found.getJsonArray("services").size());
        assertEquals("self-registered", found.getString("source"));
        assertEquals(0, lower.getJsonArray("hosts").size(), "exact by default");
        assertEquals(2, ignoringCase.getJsonArray("hosts").size());
    }

    @Test
    void publishesItselfInTheBootstrapFormat() {
        JsonObject hosts = Http.object(http.get("lookup/activehosts.json"));

        JsonObject self = hosts.getJsonArray("hosts").getJsonObject(0);
        assertEquals(http.base().resolve("lookup/records").toString(), self.getString("locator"));
        assertEquals("alive", self.getString("status"));
        assertTrue(self.containsKey("priority") && self.containsKey("lastupdated"));
    }

    private String host(String ttl) {
        return "{\"type\":\"host\",\"host-name\":\"h1." + tag + "\",\"client-uuid\":\"" + tag + "\",\"ttl\":\"" + ttl + "\"}";
    }

    private String community(String name, String... communities) {
        return "{\"type\":\"service\",\"service-name\":\"" + name + tag + "\",\"group-communities\":["
                + java.util.Arrays.stream(communities).map(c -> "\"" + c + "\"").collect(Collectors.joining(",")) + "]}";
    }

    private static String uriOf(JsonObject record) {
        return record.getString("uri");
    }

    private static Set<String> uris(JsonArray records) {
        return records.stream().map(r -> r.asJsonObject().getString("uri")).collect(Collectors.toSet());
    }

    private static List<String> uriList(JsonArray records) {
        return records.stream().map(r -> r.asJsonObject().getString("uri")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private static long secondsUntil(JsonObject record) {
        return Duration.between(Instant.now(), Instant.parse(record.getString("expires"))).toSeconds();
    }
}
