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

        // the http archiver's way: the run itself
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(ENDPOINT)).header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(read(recorded + ".run.json")));
        if (observer != null) {
            request.header("x-ps-observer", observer);
        }
        HttpResponse<String> run = http.send(request);
        assertEquals(201, run.statusCode(), run.body());
        JsonObject viaHttp = content(Http.object(run).getString("metadata-key"));

        assertEquals(viaEsmond, viaHttp);
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
