package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * pScheduler's http archiver (perfSONAR 5.4+) against the platform on MariaDB. For recorded runs of
 * each test type, the run archived through {@code /api/archive/pscheduler} leaves exactly the archive
 * content that pScheduler's esmond archiver leaves by posting its bodies to the esmond API.
 */
class PschedulerHttpArchiverIT extends DeployedPlatformTest {

    private static final Path RECORDED = Path.of("../archive-ejb/src/test/resources/pscheduler");
    private static final String ENDPOINT = "api/archive/pscheduler";

    private String name;
    private String key;

    @BeforeEach
    void newArchiver() {
        name = "archiver-" + UUID.randomUUID().toString().substring(0, 8);
        key = admin.createAccount(name, "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
    }

    /**
     * Recorded runs whose participants are addresses (the test environment has no DNS), each with the
     * x-ps-observer header it was recorded with (empty: none).
     */
    @ParameterizedTest
    @CsvSource({"throughput-tcp,10.0.0.1", "throughput-udp,", "throughput-udp-parallel,10.0.0.2",
        "throughput-no-result,10.0.0.1", "latencybg-ipv6,2001:0db8::1", "latency-failed,", "trace-tracepath,"})
    void aRunArchivedEitherWayLeavesTheSameArchiveContent(String recorded, String observer) throws Exception {
        // the esmond archiver's way: metadata POST, then bulk PUT of the expected bodies
        HttpResponse<String> metadata = send("POST", "esmond/perfsonar/archive/", read(recorded + ".metadata.json"), "Token " + key);
        assertEquals(201, metadata.statusCode(), metadata.body());
        String esmondKey = Http.object(metadata).getString("metadata-key");
        HttpResponse<String> data = send("PUT", "esmond/perfsonar/archive/" + esmondKey + "/", read(recorded + ".data.json"),
                "Token " + key);
        assertEquals(201, data.statusCode(), data.body());
        JsonObject viaEsmond = content(esmondKey);
        assertEquals(204, admin.send("DELETE", "esmond/perfsonar/archive/" + esmondKey + "/", null).statusCode());

        // the http archiver's way: the run itself, with the policy these bodies were recorded under
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(ENDPOINT + "?data-formats=mapped-and-raw"))
                .header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(read(recorded + ".run.json")));
        if (observer != null) {
            request.header("x-ps-observer", observer);
        }
        HttpResponse<String> run = http.send(request);
        assertEquals(201, run.statusCode(), run.body());
        JsonObject viaHttp = content(Http.object(run).getString("metadata-key"));

        assertEquals(viaEsmond, viaHttp);
    }

    /**
     * perfSONAR 5.4 turns the esmond archiver off: a host that archived with it (its default policy,
     * prefer-mapped) and now archives the same runs through the http archiver keeps its record, and no
     * point is stored twice.
     */
    @ParameterizedTest
    @CsvSource({"throughput-tcp,10.0.0.1", "throughput-udp,", "latencybg-ipv6,2001:0db8::1", "latency-failed,",
        "trace-tracepath,"})
    void aHostMovingFromTheEsmondArchiverToTheHttpArchiverKeepsItsRecord(String recorded, String observer) throws Exception {
        // an observer of this test's own keeps its record apart from the other tests' (the same runs)
        String agent = observer == null ? null : observer.contains(":") ? "2001:db8::" + Integer.toHexString(
                (int) (Math.random() * 60000) + 1) : "10.201." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        String metadataBody = withoutRaw(read(recorded + ".metadata.json"), agent);
        HttpResponse<String> metadata = send("POST", "esmond/perfsonar/archive/", metadataBody, "Token " + key);
        assertEquals(201, metadata.statusCode(), metadata.body());
        String esmondKey = Http.object(metadata).getString("metadata-key");
        HttpResponse<String> data = send("PUT", "esmond/perfsonar/archive/" + esmondKey + "/",
                withoutRaw(read(recorded + ".data.json"), null), "Token " + key);
        assertEquals(201, data.statusCode(), data.body());
        JsonObject before = content(esmondKey);
        int records = records();

        String body = read(recorded + ".run.json").replaceFirst("\"id\":", "\"id\": \"" + UUID.randomUUID() + "\", \"old-id\":");
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(ENDPOINT)).header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (agent != null) {
            request.header("x-ps-observer", agent);
        }
        HttpResponse<String> run = http.send(request);

        // 200 where a point of a number was there already (409 inside, as the esmond archiver takes it); a
        // failure's JSON value at the same time is written again unchanged
        assertTrue(run.statusCode() == 200 || run.statusCode() == 201, run.statusCode() + " " + run.body());
        assertEquals(esmondKey, Http.object(run).getString("metadata-key"), "the same record");
        assertEquals(records, records(), "no record added");
        assertEquals(before, content(esmondKey), "no point added or changed");
    }

    @Test
    void withoutAnObserverAnUnresolvableSchedulingHostFallsBackToTheLeadParticipant() throws Exception {
        String body = read("throughput-udp.run.json").replaceFirst("\"id\":", "\"id\": \"" + UUID.randomUUID() + "\", \"old-id\":")
                .replace("https://10.0.0.1/pscheduler/tasks", "https://ps1.invalid/pscheduler/tasks")
                // a start of its own: points no other test stored
                .replace("\"start\": \"2017-06-20T11:06:46-04:00\"", "\"start\": \"2018-0" + (1 + (int) (Math.random() * 9))
                        + "-1" + (int) (Math.random() * 9) + "T0" + (int) (Math.random() * 9) + ":" + (10 + (int) (Math.random() * 49))
                        + ":" + (10 + (int) (Math.random() * 49)) + "-04:00\"");
        HttpResponse<String> run = http.send(HttpRequest.newBuilder(http.base().resolve(ENDPOINT))
                .header("Authorization", "Token " + key).PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertEquals(201, run.statusCode(), run.body());
        assertEquals("10.0.0.1", Http.object(http.get("esmond/perfsonar/archive/" + Http.object(run).getString("metadata-key")
                + "/")).getString("measurement-agent"), "the lead participant, as the esmond archiver's records have it");
    }

    @Test
    void refusesAnUnknownDataFormattingPolicy() throws Exception {
        HttpResponse<String> refused = send("PUT", ENDPOINT + "?data-formats=everything", read("throughput-tcp.run.json"),
                "Token " + key);

        assertEquals(400, refused.statusCode());
        assertTrue(Http.object(refused).getString("detail").contains("prefer-mapped"), refused.body());
    }

    @Test
    void aResentRunIsStoredOnceAndBasicCredentialsAndDuplicatedContentTypesAreAccepted() throws Exception {
        String body = read("throughput-tcp.run.json").replaceFirst("\"id\":", "\"id\": \"" + UUID.randomUUID() + "\", \"old-id\":");
        String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + key).getBytes(StandardCharsets.UTF_8));
        // an observer of its own makes this test's metadata (and so its points) its own
        String observer = "10.200." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        HttpRequest.Builder first = HttpRequest.newBuilder(http.base().resolve(ENDPOINT)).header("Authorization", basic)
                .header("Content-Type", "application/json").header("Content-Type", "application/json")
                .header("x-ps-observer", observer).POST(HttpRequest.BodyPublishers.ofString(body));
        HttpRequest.Builder again = HttpRequest.newBuilder(http.base().resolve(ENDPOINT)).header("Authorization", basic)
                .header("Content-Type", "application/json, application/json")
                .header("x-ps-observer", observer).PUT(HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> stored = http.send(first);
        HttpResponse<String> resent = http.send(again);

        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(200, resent.statusCode(), resent.body());
        assertEquals(false, Http.object(resent).getBoolean("stored"));
        assertEquals(Http.object(stored).getString("metadata-key"), Http.object(resent).getString("metadata-key"));
    }

    @Test
    void theObserverHeaderNamesTheMeasurementAgent() throws Exception {
        String body = read("throughput-udp.run.json").replaceFirst("\"id\":", "\"id\": \"" + UUID.randomUUID() + "\", \"old-id\":");
        HttpResponse<String> run = http.send(HttpRequest.newBuilder(http.base().resolve(ENDPOINT))
                .header("Authorization", "Token " + key).header("x-ps-observer", "10.0.0.2")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertEquals(201, run.statusCode(), run.body());
        assertEquals("10.0.0.2", Http.object(http.get("esmond/perfsonar/archive/" + Http.object(run).getString("metadata-key") + "/"))
                .getString("measurement-agent"));
    }

    @Test
    void refusesAnonymousCallersAndBadDocuments() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(http.base().resolve(ENDPOINT))
                .PUT(HttpRequest.BodyPublishers.ofString(read("throughput-tcp.run.json"))));
        HttpResponse<String> notJson = send("PUT", ENDPOINT, "{\"id\":", "Token " + key);
        HttpResponse<String> noSchedule = send("PUT", ENDPOINT, "{\"id\":\"x\",\"test\":{\"type\":\"rtt\",\"spec\":{}},\"tool\":{\"name\":\"ping\"}}",
                "Token " + key);

        assertEquals(401, anonymous.statusCode());
        assertEquals(400, notJson.statusCode());
        assertEquals(400, noSchedule.statusCode());
        assertTrue(Http.object(noSchedule).getString("detail").contains("schedule"), noSchedule.body());
    }

    /** The record without what differs by nature (key, URLs, write times), and the points of every series. */
    private JsonObject content(String metadataKey) {
        JsonObject record = Http.object(http.get("esmond/perfsonar/archive/" + metadataKey + "/"));
        JsonObjectBuilder content = Json.createObjectBuilder();
        TreeMap<String, JsonValue> fields = new TreeMap<>(record);
        fields.keySet().removeAll(java.util.Set.of("metadata-key", "uri", "url", "event-types"));
        fields.forEach(content::add);
        for (JsonValue entry : record.getJsonArray("event-types")) {
            String eventType = entry.asJsonObject().getString("event-type");
            content.add("data:" + eventType, Http.structure(http.get("esmond/perfsonar/archive/" + metadataKey + "/"
                    + eventType + "/base?time-start=0")));
            for (JsonValue summary : entry.asJsonObject().getJsonArray("summaries")) {
                String uri = summary.asJsonObject().getString("uri");
                content.add("summary:" + uri.substring(uri.indexOf(eventType)),
                        Http.structure(http.get(uri.substring(1) + "?time-start=0")));
            }
        }
        return content.build();
    }

    /** The esmond archiver's body under prefer-mapped: the recorded (mapped-and-raw) one without pscheduler-raw. */
    private static String withoutRaw(String recorded, String agent) {
        JsonObject body = parse(recorded);
        JsonObjectBuilder kept = Json.createObjectBuilder(body);
        if (body.containsKey("event-types")) {
            kept.add("event-types", Json.createArrayBuilder(body.getJsonArray("event-types").stream()
                    .filter(type -> !type.asJsonObject().getString("event-type").equals("pscheduler-raw")).toList()));
            if (agent != null) {
                kept.add("measurement-agent", agent);
            }
        } else {
            jakarta.json.JsonArrayBuilder data = Json.createArrayBuilder();
            for (JsonValue point : body.getJsonArray("data")) {
                data.add(Json.createObjectBuilder(point.asJsonObject()).add("val", Json.createArrayBuilder(
                        point.asJsonObject().getJsonArray("val").stream().filter(value -> !value.asJsonObject()
                                .getString("event-type").equals("pscheduler-raw")).toList())));
            }
            kept.add("data", data);
        }
        return kept.build().toString();
    }

    /** How many records the archive lists (paged as its API allows). */
    private int records() {
        int count = 0;
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> page = http.get("esmond/perfsonar/archive/?limit=500&offset=" + offset);
            assertEquals(200, page.statusCode(), page.body());
            int size = Http.structure(page).asJsonArray().size();
            count += size;
            if (size < 500) {
                return count;
            }
        }
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) {
        return http.send(HttpRequest.newBuilder(http.base().resolve(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String read(String file) throws IOException {
        return Files.readString(RECORDED.resolve(file));
    }

    static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
