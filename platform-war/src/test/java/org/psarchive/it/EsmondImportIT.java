package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psarchive.archive.eventtype.PointValue;
import org.psarchive.archive.importer.EsmondHistory;
import org.psarchive.archive.importer.EsmondStandIn;

/**
 * An esmond history imported by the deployed platform from the stand-in (docs/migration.md): cancelled
 * mid-way and resumed, imported again without change, verified, read back through the platform's own
 * esmond API, and a pScheduler metadata POST afterwards landing on the imported key; and an import of
 * the platform's own archive (a source may be another psarchive).
 */
class EsmondImportIT extends DeployedPlatformTest {

    private static final String ARCHIVE = "esmond/perfsonar/archive/";
    private static final long NOW = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond();
    private static final EsmondHistory HISTORY = EsmondHistory.standard();

    @Test
    void importsAHistoryCancelledMidwayResumedAndAgainWithoutChangeThenAPostLandsOnTheImportedKey() throws Exception {
        try (EsmondStandIn esmond = new EsmondStandIn(HISTORY, NOW)) {
            String slowPath = EsmondHistory.LATENCY + "/histogram-owdelay/base";
            esmond.slow(request -> request.startsWith(slowPath), 1, Duration.ofSeconds(2));
            long job = start(esmond.base().toString());
            waitFor("the import reaches the slow page", () -> esmond.requests().stream().anyMatch(r -> r.startsWith(slowPath)));

            HttpResponse<String> cancel = admin.send("POST", "api/admin/imports/" + job + "/cancel", null);
            assertEquals(200, cancel.statusCode(), cancel.body());
            assertEquals("cancelled", Http.object(cancel).getString("state"));
            waitFor("the cancelled run stops and the job can be resumed",
                    () -> admin.send("POST", "api/admin/imports/" + job + "/resume", null).statusCode() == 200);
            JsonObject done = waitForEnd(job);

            assertEquals("completed", done.getString("state"), done.toString());
            assertEquals(3, done.getInt("records-done"));
            Map<String, TreeMap<Long, String>> imported = readAll();
            for (String path : HISTORY.paths()) {
                assertEquals(normalised(esmond.points(path)), imported.get(path), path);
            }
            JsonObject retired = Http.object(http.get(ARCHIVE + EsmondHistory.RETIRED + "/"));
            for (JsonValue type : retired.getJsonArray("event-types")) {
                assertEquals(EsmondHistory.at(2021, 6, 30), type.asJsonObject().getJsonNumber("time-updated").longValue(),
                        "time-updated as the source had it");
            }

            JsonObject again = waitForEnd(start(esmond.base().toString()));
            assertEquals("completed", again.getString("state"));
            assertEquals(imported, readAll(), "importing again changes nothing");

            HttpResponse<String> verify = admin.send("POST", "api/admin/imports/" + job + "/verify", null);
            assertEquals(200, verify.statusCode(), verify.body());
            assertFalse(Http.object(verify).getBoolean("differs"), verify.body());

            String key = admin.createAccount("importer-" + UUID.randomUUID().toString().substring(0, 8),
                    "[\"metadata-post\",\"timeseries-post\"]", true).getString("key");
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE))
                    .header("Authorization", "Token " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"subject-type":"point-to-point","source":"10.0.0.1","destination":"10.0.0.2",
                             "measurement-agent":"10.0.0.1","input-source":"ps1.example","input-destination":"ps2.example",
                             "tool-name":"pscheduler/iperf3","time-duration":20.0,"ip-transport-protocol":"tcp",
                             "bw-parallel-streams":1,"pscheduler-test-type":"throughput",
                             "event-types":[{"event-type":"failures"},{"event-type":"packet-retransmits"},
                               {"event-type":"pscheduler-run-href"},
                               {"event-type":"throughput","summaries":[{"summary-type":"average","summary-window":86400}]},
                               {"event-type":"throughput-subintervals"}]}""")));
            assertEquals(201, posted.statusCode(), posted.body());
            assertEquals(EsmondHistory.THROUGHPUT, Http.object(posted).getString("metadata-key"),
                    "the host's next metadata POST lands on the imported key");
        }
    }

    @Test
    void importsFromAnotherPsarchiveHereItselfWithoutChangingAnything() {
        String before = http.get(ARCHIVE + "?limit=10000").body();

        JsonObject done = waitForEnd(start(http.base() + ARCHIVE));

        assertEquals("completed", done.getString("state"), done.toString());
        assertEquals(0, done.getInt("records-skipped"), done.toString());
        assertTrue(done.isNull("message") || !done.getString("message").contains("elmond"), done.toString());
        HttpResponse<String> plan = admin.send("POST", "api/admin/imports/esmond/plan", "{\"from\":\"" + http.base() + ARCHIVE + "\"}");
        assertEquals(200, plan.statusCode(), plan.body());
        assertEquals(List.of(), Http.object(plan).getJsonArray("warnings").getValuesAs(JsonValue::toString),
                "another psarchive is not taken for elmond, and its records collide with nothing");
        assertEquals(before, http.get(ARCHIVE + "?limit=10000").body());
    }

    @Test
    void theCliStartsAndFollowsAJobVerifiesItAndFailsInOneLine() throws Exception {
        try (EsmondStandIn esmond = new EsmondStandIn(HISTORY, NOW)) {
            AdminCliProcess.Run started = cli("import", "esmond", "start", "--from", esmond.base().toString(),
                    "--until", "2025-03-01", "--wait");
            started.assertExit(0);
            List<String> lines = started.out().lines().toList();
            String job = lines.get(0);
            assertTrue(job.matches("\\d+"), started.out());
            assertTrue(lines.get(lines.size() - 1).startsWith("job " + job + " completed: records 3/3"), started.out());

            AdminCliProcess.Run verified = cli("import", "esmond", "verify", job, "--sample", "30");
            verified.assertExit(0);
            assertTrue(verified.out().contains("Sampled 25 series: 0 difference(s)"), verified.out());
            AdminCliProcess.Run status = cli("import", "esmond", "status", job, "--format", "json");
            status.assertExit(0);
            assertEquals("completed", Json.createReader(new StringReader(status.out())).readObject().getString("state"));

            AdminCliProcess.Run failed = cli("import", "esmond", "start", "--from", esmond.base() + "gone/", "--wait");
            failed.assertExit(1);
            failed.assertOneErrorLine();
            assertTrue(failed.err().contains("failed: The source answered 404"), failed.err());
            assertFalse(failed.err().matches("(?s).*\\b(java|org|jakarta)\\.[a-z]+\\..*"), failed.err());
            cli("import", "esmond", "resume", "999999").assertExit(3);
        }
    }

    private AdminCliProcess.Run cli(String... args) {
        List<String> line = new java.util.ArrayList<>(List.of(args));
        line.addAll(List.of("--url", http.base().toString(), "--token", admin.token()));
        return AdminCliProcess.run(line, Map.of());
    }

    @Test
    void refusesAnImportWithoutASourceAsProblemJson() {
        HttpResponse<String> response = admin.send("POST", "api/admin/imports/esmond", "{\"from\":\"ftp://old\"}");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, admin.send("GET", "api/admin/imports/999999", null).statusCode());
    }

    private long start(String from) {
        HttpResponse<String> response = admin.send("POST", "api/admin/imports/esmond",
                "{\"from\":\"" + from + "\",\"until\":" + NOW + "}");
        assertEquals(201, response.statusCode(), response.body());
        return Http.object(response).getJsonNumber("id").longValue();
    }

    private JsonObject waitForEnd(long job) {
        JsonObject[] last = new JsonObject[1];
        waitFor("import job " + job + " ends", () -> {
            last[0] = Http.object(admin.send("GET", "api/admin/imports/" + job, null));
            return !List.of("queued", "running").contains(last[0].getString("state"));
        });
        return last[0];
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            try {
                Thread.sleep(50); // polling a condition with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Every series of the history as the platform answers it, by path. */
    private Map<String, TreeMap<Long, String>> readAll() {
        Map<String, TreeMap<Long, String>> all = new TreeMap<>();
        for (String path : HISTORY.paths()) {
            HttpResponse<String> response = http.get(ARCHIVE + path + "?time-start=0&time-end=" + NOW + "&limit=10000");
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            TreeMap<Long, String> points = new TreeMap<>();
            for (JsonValue point : (JsonArray) Http.structure(response)) {
                points.put(point.asJsonObject().getJsonNumber("ts").longValue(), normalised(point.asJsonObject().get("val")));
            }
            all.put(path, points);
        }
        return all;
    }

    private static TreeMap<Long, String> normalised(TreeMap<Long, String> points) {
        TreeMap<Long, String> normal = new TreeMap<>();
        points.forEach((ts, text) -> normal.put(ts, normalised(Json.createReader(new StringReader(text)).readValue())));
        return normal;
    }

    private static String normalised(JsonValue value) {
        return value instanceof JsonNumber number ? PointValue.Numeric.jsonText(number.doubleValue()) : value.toString();
    }
}
