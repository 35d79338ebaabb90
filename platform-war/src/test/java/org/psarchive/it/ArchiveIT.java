package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The esmond archive API on MariaDB: metadata, writes, summaries (hand-computed), reads and wire details. */
class ArchiveIT extends DeployedPlatformTest {

    private static final String ARCHIVE = "esmond/perfsonar/archive/";

    private String key;
    private String run;

    @BeforeEach
    void newRun() {
        run = UUID.randomUUID().toString();
        key = admin.createAccount("poster-" + run.substring(0, 8), "[\"metadata-post\",\"timeseries-post\"]", true)
                .getString("key");
    }

    @Test
    void createsMetadataIdempotentlyByContent() {
        HttpResponse<String> first = post(ARCHIVE, latencyMetadata(run));
        HttpResponse<String> again = post(ARCHIVE, latencyMetadata(run));
        HttpResponse<String> changed = post(ARCHIVE, latencyMetadata(run).replace("\"sample-size\":600", "\"sample-size\":601"));

        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode());
        String metadataKey = Http.object(first).getString("metadata-key");
        assertTrue(metadataKey.matches("[0-9a-f]{32}"));
        assertEquals(metadataKey, Http.object(again).getString("metadata-key"));
        assertNotEquals(metadataKey, Http.object(changed).getString("metadata-key"));
        assertEquals(deploymentBase() + ARCHIVE + metadataKey + "/", first.headers().firstValue("Location").orElse(""));
        JsonObject record = Http.object(first);
        assertEquals("600", record.getString("sample-size"), "free-form parameters are strings");
        assertEquals("False", record.getString("mode-flip"), "as Python's str() wrote them");
        assertEquals("2001:db8::2", record.getString("destination"), "addresses canonical");
        assertEquals("/" + ARCHIVE + metadataKey + "/", record.getString("uri"));
        assertEquals(deploymentBase() + ARCHIVE + metadataKey + "/", record.getString("url"));
    }

    @Test
    void refusesMalformedMetadataWithDetail() {
        assertBadRequest(latencyMetadata(run).replace("histogram-owdelay", "no-such-type"), "Unknown event type");
        assertBadRequest(latencyMetadata(run).replace("\"source\":\"10.0.0.1\",", ""), "source is required");
        assertBadRequest(latencyMetadata(run).replace("10.0.0.1", "not-an-ip"), "source must be an IPv4 or IPv6 address");
        assertBadRequest(latencyMetadata(run).replace("{", "{\"metadata-key\":\"abc\","), "metadata-key");
        assertBadRequest(latencyMetadata(run).replace("\"summary-type\":\"statistics\",\"summary-window\":0",
                "\"summary-type\":\"average\",\"summary-window\":0"), "not allowed");
        assertBadRequest(latencyMetadata(run).replace("\"summary-window\":300", "\"summary-window\":\"five\""), "window");
    }

    @Test
    void computesSummariesAtWriteTime() {
        String metadataKey = create(latencyMetadata(run));
        HttpResponse<String> put = put(ARCHIVE + metadataKey + "/", """
                {"data":[
                  {"ts":1000000200,"val":[
                    {"event-type":"packet-count-sent","val":600},
                    {"event-type":"packet-loss-rate","val":{"numerator":3,"denominator":600}},
                    {"event-type":"histogram-owdelay","val":{"1":1,"2":2,"3":1}},
                    {"event-type":"throughput","val":1.5e9}]},
                  {"ts":1000000250,"val":[
                    {"event-type":"packet-count-sent","val":"400"},
                    {"event-type":"packet-loss-rate","val":{"numerator":1,"denominator":400}},
                    {"event-type":"histogram-owdelay","val":{"2":2,"4":2}},
                    {"event-type":"throughput","val":2.5e9}]}]}""");
        assertEquals(201, put.statusCode(), put.body());
        assertEquals("\"\"", put.body(), "a JSON-parsable body, as pScheduler needs");

        // bins: 1000000200 and 1000000250 both fall into the 300-second bin starting at 1000000200
        assertEquals("[{\"ts\":1000000200,\"val\":1000.0}]", data(metadataKey, "packet-count-sent/aggregations/300"));
        // pooled loss: (3 + 1) / (600 + 400) = 0.004, not the mean of 0.005 and 0.0025
        assertEquals("[{\"ts\":1000000200,\"val\":0.004}]", data(metadataKey, "packet-loss-rate/aggregations/300"));
        assertEquals("[{\"ts\":1000000200,\"val\":0.005},{\"ts\":1000000250,\"val\":0.0025}]",
                data(metadataKey, "packet-loss-rate/base"));
        // average over the day bin 999993600: (1.5e9 + 2.5e9) / 2
        assertEquals("[{\"ts\":999993600,\"val\":2000000000.0}]", data(metadataKey, "throughput/averages/86400"));
        // histogram aggregation: bucket-wise sum
        assertEquals("[{\"ts\":1000000200,\"val\":{\"1\":1,\"2\":4,\"3\":1,\"4\":2}}]",
                data(metadataKey, "histogram-owdelay/aggregations/300"));
        // statistics of the aggregated 8 samples 1,2,2,2,2,3,4,4: mean 20/8 = 2.5; NIST p25 rank 2.25 -> 2.0;
        // median rank 4.5 -> 2.0; p75 rank 6.75 -> 3 + 0.75 * (4 - 3) = 3.75; p95 rank 8.55 -> 4.0;
        // variance: sum of (x - 2.5)^2 = 2.25 + 4 * 0.25 + 0.25 + 2 * 2.25 = 8.0, / 8 = 1.0
        JsonObject statistics = Http.structure(get(ARCHIVE + metadataKey + "/histogram-owdelay/statistics/300?time-start=0"))
                .asJsonArray().getJsonObject(0).getJsonObject("val");
        assertEquals(2.5, statistics.getJsonNumber("mean").doubleValue());
        assertEquals(2.0, statistics.getJsonNumber("median").doubleValue());
        assertEquals(2.0, statistics.getJsonNumber("percentile-25").doubleValue());
        assertEquals(3.75, statistics.getJsonNumber("percentile-75").doubleValue());
        assertEquals(4.0, statistics.getJsonNumber("percentile-95").doubleValue());
        assertEquals(1.0, statistics.getJsonNumber("variance").doubleValue());
        assertEquals(1.0, statistics.getJsonNumber("standard-deviation").doubleValue());
        assertEquals("[2.0]", statistics.getJsonArray("mode").toString());
        assertEquals(1.0, statistics.getJsonNumber("minimum").doubleValue());
        assertEquals(4.0, statistics.getJsonNumber("maximum").doubleValue());
        // window 0: the statistics of each point itself
        assertEquals(2, Http.structure(get(ARCHIVE + metadataKey + "/histogram-owdelay/statistics/0?time-start=0"))
                .asJsonArray().size());
    }

    @Test
    void aRepostedHistogramReplacesTheOldOneWithoutDoubleCounting() {
        String metadataKey = create(latencyMetadata(run));
        put(ARCHIVE + metadataKey + "/", bulk(1000000200, "histogram-owdelay", "{\"1\":1,\"2\":2}"));
        put(ARCHIVE + metadataKey + "/", bulk(1000000210, "histogram-owdelay", "{\"5\":1}"));

        put(ARCHIVE + metadataKey + "/", bulk(1000000200, "histogram-ttl", "{\"250\":600}"));

        HttpResponse<String> again = put(ARCHIVE + metadataKey + "/", bulk(1000000200, "histogram-owdelay", "{\"1\":3}"));
        HttpResponse<String> ttlAgain = put(ARCHIVE + metadataKey + "/", bulk(1000000200, "histogram-ttl", "{\"249\":600}"));

        assertEquals(201, again.statusCode(), again.body());
        assertEquals("[{\"ts\":1000000200,\"val\":{\"1\":3,\"5\":1}}]", data(metadataKey, "histogram-owdelay/aggregations/300"));
        assertEquals("[{\"ts\":1000000200,\"val\":{\"1\":3}},{\"ts\":1000000210,\"val\":{\"5\":1}}]",
                data(metadataKey, "histogram-owdelay/base"));
        assertEquals(201, ttlAgain.statusCode(), ttlAgain.body());
        assertEquals("[{\"ts\":1000000200,\"val\":{\"249\":600}}]", data(metadataKey, "histogram-ttl/base"),
                "a histogram without summaries is replaced too");
    }

    @Test
    void concurrentWritersOfOneHistogramBinLoseNothing() throws Exception {
        String metadataKey = create(latencyMetadata(run));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> puts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String point = bulk(1000000200 + i, "histogram-owdelay", "{\"" + (i % 3) + "\":1}");
                puts.add(pool.submit(() -> put(ARCHIVE + metadataKey + "/", point)));
            }
            for (Future<HttpResponse<String>> put : puts) {
                assertEquals(201, put.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }

        // buckets 0, 1, 2 of writers 0..7: three 0s, three 1s, two 2s, all in the bin of 1000000200
        assertEquals("[{\"ts\":1000000200,\"val\":{\"0\":3,\"1\":3,\"2\":2}}]",
                data(metadataKey, "histogram-owdelay/aggregations/300"));
    }

    @Test
    void aRepostedRecordAnswersWithItsLastWriteAndOnceDeletedIsCreatedAnew() {
        String metadataKey = create(latencyMetadata(run));
        assertEquals(201, put(ARCHIVE + metadataKey + "/", bulk(1000000200, "packet-count-sent", "600")).statusCode());

        HttpResponse<String> afterWrite = post(ARCHIVE, latencyMetadata(run));
        assertEquals(204, admin.send("DELETE", ARCHIVE + metadataKey + "/", null).statusCode());
        HttpResponse<String> afterDelete = post(ARCHIVE, latencyMetadata(run));

        assertEquals(metadataKey, Http.object(afterWrite).getString("metadata-key"));
        assertTrue(timeUpdated(Http.object(afterWrite), "packet-count-sent").isPresent(),
                "the POST that pScheduler repeats before every result shows the write since the first: " + afterWrite.body());
        assertTrue(timeUpdated(Http.object(afterWrite), "packet-loss-rate").isEmpty(), afterWrite.body());
        assertEquals(201, afterDelete.statusCode(), afterDelete.body());
        String recreated = Http.object(afterDelete).getString("metadata-key");
        assertNotEquals(metadataKey, recreated, "a deleted record is not answered again");
        assertEquals(200, get(ARCHIVE + recreated + "/").statusCode());
    }

    @Test
    void aDuplicateNumericPointIs409AndTheWholeBulkIsRefused() {
        String metadataKey = create(latencyMetadata(run));
        assertEquals(201, put(ARCHIVE + metadataKey + "/", bulk(1000000200, "packet-count-sent", "600")).statusCode());

        HttpResponse<String> mixed = put(ARCHIVE + metadataKey + "/", """
                {"data":[{"ts":1000000100,"val":[{"event-type":"packet-count-sent","val":10}]},
                         {"ts":1000000200,"val":[{"event-type":"packet-count-sent","val":20}]}]}""");

        assertEquals(409, mixed.statusCode(), mixed.body());
        assertTrue(Http.object(mixed).getString("detail").contains("already exists for packet-count-sent at 1000000200"),
                mixed.body());
        assertEquals("[{\"ts\":1000000200,\"val\":600.0}]", data(metadataKey, "packet-count-sent/base"),
                "nothing of the refused request was stored");
        assertEquals("[{\"ts\":1000000200,\"val\":600.0}]", data(metadataKey, "packet-count-sent/aggregations/300"),
                "the summary did not count the refused points either");
    }

    @Test
    void aDuplicateCountBesideAHistogramIs409AndNothingOfTheResultIsStored() {
        // a latency result: its counts are looked up with the histogram's bins, in one locked read
        String metadataKey = create(latencyMetadata(run));
        String first = """
                {"data":[{"ts":1000000200,"val":[{"event-type":"histogram-owdelay","val":{"1":2}},
                  {"event-type":"packet-count-sent","val":600},
                  {"event-type":"packet-loss-rate","val":{"numerator":1,"denominator":600}}]}]}""";
        String next = first.replace("1000000200", "1000000260").replace("{\"1\":2}", "{\"2\":1}");
        String again = first.replace("{\"1\":2}", "{\"3\":5}").replace("\"numerator\":1", "\"numerator\":0");
        assertEquals(201, put(ARCHIVE + metadataKey + "/", first).statusCode());
        assertEquals(201, put(ARCHIVE + metadataKey + "/", next).statusCode());

        HttpResponse<String> duplicate = put(ARCHIVE + metadataKey + "/", again);

        assertEquals(409, duplicate.statusCode(), duplicate.body());
        assertTrue(Http.object(duplicate).getString("detail").contains("already exists for packet-count-sent at 1000000200"),
                duplicate.body());
        assertEquals("[{\"ts\":1000000200,\"val\":600.0},{\"ts\":1000000260,\"val\":600.0}]",
                data(metadataKey, "packet-count-sent/base"));
        assertEquals("[{\"ts\":1000000200,\"val\":1200.0}]", data(metadataKey, "packet-count-sent/aggregations/300"));
        assertEquals("[{\"ts\":1000000200,\"val\":{\"1\":2}},{\"ts\":1000000260,\"val\":{\"2\":1}}]",
                data(metadataKey, "histogram-owdelay/base"), "the refused result replaced no histogram");
        assertEquals("[{\"ts\":1000000200,\"val\":{\"1\":2,\"2\":1}}]", data(metadataKey, "histogram-owdelay/aggregations/300"));
        assertEquals("[{\"ts\":1000000200,\"val\":0.0016666666666666668}]",
                data(metadataKey, "packet-loss-rate/aggregations/300"), "2 lost of 1200 sent");
    }

    @Test
    void aDuplicateAmongManyPointsIs409AndNothingOfTheBulkIsStored() {
        // from 100 points on, a PUT's rows go to MariaDB in its bulk protocol: the same rules hold there
        String metadataKey = create(latencyMetadata(run));
        assertEquals(201, put(ARCHIVE + metadataKey + "/", points(1000000000, 150)).statusCode());

        HttpResponse<String> overlapping = put(ARCHIVE + metadataKey + "/", points(1000000000 + 100 * 60, 150));

        assertEquals(409, overlapping.statusCode(), overlapping.body());
        assertTrue(Http.object(overlapping).getString("detail")
                .contains("already exists for packet-count-sent at " + (1000000000 + 100 * 60)), overlapping.body());
        assertEquals(150, Http.structure(get(ARCHIVE + metadataKey + "/packet-count-sent/base?time-start=0"))
                .asJsonArray().size(), "nothing of the refused request was stored");
    }

    /** {@code count} points of packet-count-sent, a minute apart from {@code start}. */
    private static String points(long start, int count) {
        StringBuilder data = new StringBuilder("{\"data\":[");
        for (int i = 0; i < count; i++) {
            data.append(i == 0 ? "" : ",").append("{\"ts\":").append(start + i * 60L)
                    .append(",\"val\":[{\"event-type\":\"packet-count-sent\",\"val\":").append(i).append("}]}");
        }
        return data.append("]}").toString();
    }

    @Test
    void aBadValueRefusesTheWholeBulk() {
        String metadataKey = create(latencyMetadata(run));

        HttpResponse<String> response = put(ARCHIVE + metadataKey + "/", """
                {"data":[{"ts":1000000100,"val":[{"event-type":"packet-count-sent","val":10},
                                                 {"event-type":"packet-loss-rate","val":{"numerator":1}}]}]}""");

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("[]", data(metadataKey, "packet-count-sent/base"));
    }

    @Test
    void dropsPointsOfEventTypesTheMetadataDoesNotRegister() {
        String metadataKey = create(latencyMetadata(run));

        HttpResponse<String> response = put(ARCHIVE + metadataKey + "/", bulk(1000000200, "packet-rtt", "5"));
        HttpResponse<String> single = post(ARCHIVE + metadataKey + "/tcp-windowsize/base", "{\"ts\":1000000200,\"val\":5}");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals(201, single.statusCode(), single.body());
        assertEquals("[]", data(metadataKey, "packet-rtt/base"));
    }

    @Test
    void keepsFloatsAtFullDoublePrecisionAndAcceptsSinglePoints() {
        String metadataKey = create(latencyMetadata(run));

        HttpResponse<String> response = post(ARCHIVE + metadataKey + "/time-error-estimates/base",
                "{\"ts\":\"1000000200\",\"val\":0.123456789012345}");

        assertEquals(201, response.statusCode(), response.body());
        assertEquals("[{\"ts\":1000000200,\"val\":0.123456789012345}]", data(metadataKey, "time-error-estimates/base"));
    }

    @Test
    void readsWithTimeFiltersLimitAndOffset() {
        String metadataKey = create(latencyMetadata(run));
        put(ARCHIVE + metadataKey + "/", """
                {"data":[{"ts":100,"val":[{"event-type":"packet-count-sent","val":1}]},
                         {"ts":200,"val":[{"event-type":"packet-count-sent","val":2}]},
                         {"ts":300,"val":[{"event-type":"packet-count-sent","val":3}]},
                         {"ts":400,"val":[{"event-type":"packet-count-sent","val":4}]}]}""");
        String base = ARCHIVE + metadataKey + "/packet-count-sent/base";

        assertEquals("[{\"ts\":200,\"val\":2.0},{\"ts\":300,\"val\":3.0}]", get(base + "?time-start=200&time-end=300").body());
        assertEquals("[{\"ts\":300,\"val\":3.0}]", get(base + "?time=300").body());
        assertEquals("[{\"ts\":200,\"val\":2.0},{\"ts\":300,\"val\":3.0}]", get(base + "?time-start=200&time-range=100").body());
        assertEquals("[{\"ts\":300,\"val\":3.0}]", get(base + "?time-start=0&limit=1&offset=2").body());
        assertEquals(4, Http.structure(get(base)).asJsonArray().size(), "no filter: everything up to now");
        assertEquals(400, get(base + "?time-start=300&time-end=200").statusCode());
        assertEquals(400, get(base + "?time-start=yesterday").statusCode());
    }

    @Test
    void aWriteDatesItsEventTypeAndItsSummariesAndTheTimeFiltersFindTheRecordByThatTime() {
        String metadataKey = create(latencyMetadata(run));
        String tag = "test-run=" + run;
        long before = Instant.now().getEpochSecond() - 1;
        String packetsSince = "&event-type=packet-count-sent&summary-type=aggregation&summary-window=300&time-start=" + before;
        assertEquals(0, list("?" + tag + packetsSince).size(), "nothing written yet");

        assertEquals(201, put(ARCHIVE + metadataKey + "/", bulk(1000000200, "packet-count-sent", "600")).statusCode());

        JsonObject record = Http.object(get(ARCHIVE + metadataKey + "/"));
        long written = timeUpdated(record, "packet-count-sent").orElseThrow();
        assertTrue(written >= before, "time-updated is the server's time of the write: " + written);
        assertEquals(List.of(written), summaryTimes(record, "packet-count-sent"), "a summary is dated as its event type");
        assertEquals(Collections.singletonList(null), summaryTimes(record, "packet-loss-rate"), "not written to");
        assertEquals(1, list("?" + tag + packetsSince).size(), "a summary filter matches its event type's time");
        assertEquals(1, list("?" + tag + "&time-start=" + before).size());
        assertEquals(0, list("?" + tag + packetsSince.replace("packet-count-sent", "packet-loss-rate")).size());
        assertEquals(0, list("?" + tag + "&time-start=0&time-end=" + (before - 1)).size(), "written after the range");
    }

    @Test
    void searchesMetadataByEveryKindOfFilterWithPaging() {
        String one = create(latencyMetadata(run));
        String two = create(latencyMetadata(run).replace("\"10.0.0.1\",\"destination\"", "\"10.0.0.9\",\"destination\""));
        String tag = "test-run=" + run;

        assertEquals(2, list("?" + tag).size(), "the tag parameter is a free-form filter");
        assertEquals(one, list("?" + tag + "&source=10.0.0.1").getJsonObject(0).getString("metadata-key"));
        assertEquals(two, list("?" + tag + "&source=10.0.0.9").getJsonObject(0).getString("metadata-key"));
        assertEquals(2, list("?" + tag + "&event-type=histogram-owdelay&summary-type=statistics&summary-window=300").size());
        assertEquals(0, list("?" + tag + "&event-type=histogram-owdelay&summary-type=statistics&summary-window=600").size());
        assertEquals(2, list("?" + tag + "&tool-name=pscheduler/powstream&sample-size=600").size());
        assertEquals(0, list("?" + tag + "&no-such-parameter=1").size(), "unknown parameter filters match nothing");
        String local = create(latencyMetadata(run).replace("\"10.0.0.1\",\"destination\"", "\"127.0.0.1\",\"destination\""));
        assertEquals(local, list("?" + tag + "&source=localhost&dns-match-rule=only-v4").getJsonObject(0)
                .getString("metadata-key"), "host names are resolved");
        assertEquals(400, get(ARCHIVE + "?source=localhost&dns-match-rule=v5").statusCode());

        HttpResponse<String> firstPage = get(ARCHIVE + "?" + tag + "&limit=1");
        JsonArray page = Http.structure(firstPage).asJsonArray();
        assertEquals(1, page.size());
        assertEquals(3, page.getJsonObject(0).getInt("metadata-count-total"));
        String next = page.getJsonObject(0).getString("metadata-next-page");
        assertTrue(next.contains("offset=1"), next);
        assertTrue(firstPage.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
        assertEquals(400, get(ARCHIVE + "?source=no-such-host.invalid").statusCode());
    }

    @Test
    void honoursTheWireDetailsClientsCheck() {
        String metadataKey = create(latencyMetadata(run));

        HttpResponse<String> record = get(ARCHIVE + metadataKey + "/?format=json");
        assertEquals(200, record.statusCode());
        assertEquals("application/json", record.headers().firstValue("Content-Type").orElse(""));
        assertEquals("*", record.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals(200, get(ARCHIVE + metadataKey + "/packet-count-sent/base/").statusCode(), "optional trailing slash");
        assertEquals(1, Http.structure(get(ARCHIVE + metadataKey + "/packet-count-sent/")).asJsonArray().size());
        assertEquals("[]", get(ARCHIVE + metadataKey + "/packet-rtt/").body());
        HttpResponse<String> missing = get(ARCHIVE + "0123456789abcdef0123456789abcdef/");
        assertEquals(404, missing.statusCode());
        assertEquals("Not found.", Http.object(missing).getString("detail"));
        assertEquals(405, http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE + metadataKey + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode());
        assertEquals(404, get(ARCHIVE + metadataKey + "/histogram-owdelay/averages").statusCode());
        assertEquals(2, Http.structure(get(ARCHIVE + metadataKey + "/histogram-owdelay/statistics")).asJsonArray().size(),
                "windows 0 and 300");
    }

    @Test
    void writesNeedTheRightPermissionAndDeletingNeedsAnAdmin() {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(latencyMetadata(run))));
        String timeseriesOnly = admin.createAccount("ts-only-" + run.substring(0, 8), "[\"timeseries-post\"]", true)
                .getString("key");
        HttpResponse<String> wrongPermission = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE))
                .header("Authorization", "Token " + timeseriesOnly).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(latencyMetadata(run))));
        String metadataKey = create(latencyMetadata(run));
        // written to, the record is now also held in memory by the write path
        assertEquals(201, put(ARCHIVE + metadataKey + "/", bulk(1000000000, "packet-count-sent", "10")).statusCode());
        HttpResponse<String> deleteByPoster = http.send(HttpRequest.newBuilder(http.base().resolve(ARCHIVE + metadataKey + "/"))
                .header("Authorization", "Token " + key).DELETE());
        HttpResponse<String> deleteByAdmin = admin.send("DELETE", ARCHIVE + metadataKey + "/", null);

        assertEquals(401, anonymous.statusCode());
        assertEquals(403, wrongPermission.statusCode());
        assertEquals(403, deleteByPoster.statusCode());
        assertEquals(204, deleteByAdmin.statusCode(), deleteByAdmin.body());
        assertEquals(404, get(ARCHIVE + metadataKey + "/").statusCode());
        assertEquals(404, put(ARCHIVE + metadataKey + "/", bulk(1000000060, "packet-count-sent", "10")).statusCode(),
                "a deleted record takes no more points");
    }

    /** The time-updated of each summary of an event type in a metadata answer (null where it has none). */
    private static List<Long> summaryTimes(JsonObject record, String eventType) {
        List<Long> times = new ArrayList<>();
        for (JsonObject type : record.getJsonArray("event-types").getValuesAs(JsonObject.class)) {
            if (type.getString("event-type").equals(eventType)) {
                for (JsonObject summary : type.getJsonArray("summaries").getValuesAs(JsonObject.class)) {
                    times.add(summary.isNull("time-updated") ? null : summary.getJsonNumber("time-updated").longValue());
                }
            }
        }
        return times;
    }

    /** The time-updated of an event type's base series in a metadata answer, when it has one. */
    private static Optional<Long> timeUpdated(JsonObject record, String eventType) {
        for (JsonObject type : record.getJsonArray("event-types").getValuesAs(JsonObject.class)) {
            if (type.getString("event-type").equals(eventType)) {
                return type.isNull("time-updated") ? Optional.empty()
                        : Optional.of(type.getJsonNumber("time-updated").longValue());
            }
        }
        throw new AssertionError("no event type " + eventType + " in " + record);
    }

    private String deploymentBase() {
        return http.base().toString();
    }

    private String create(String json) {
        HttpResponse<String> response = post(ARCHIVE, json);
        assertEquals(201, response.statusCode(), response.body());
        return Http.object(response).getString("metadata-key");
    }

    private void assertBadRequest(String json, String detail) {
        HttpResponse<String> response = post(ARCHIVE, json);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Http.object(response).getString("detail").contains(detail), response.body());
    }

    private JsonArray list(String query) {
        HttpResponse<String> response = get(ARCHIVE + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.structure(response).asJsonArray();
    }

    private String data(String metadataKey, String path) {
        HttpResponse<String> response = get(ARCHIVE + metadataKey + "/" + path + "?time-start=0");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> get(String path) {
        return http.get(path);
    }

    private HttpResponse<String> post(String path, String json) {
        return http.send(HttpRequest.newBuilder(http.base().resolve(path)).header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> put(String path, String json) {
        return http.send(HttpRequest.newBuilder(http.base().resolve(path)).header("Authorization", "Token " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String bulk(long ts, String eventType, String value) {
        return "{\"data\":[{\"ts\":" + ts + ",\"val\":[{\"event-type\":\"" + eventType + "\",\"val\":" + value + "}]}]}";
    }

    /** A latency measurement as pScheduler's esmond archiver describes it, tagged with this test's run. */
    private static String latencyMetadata(String run) {
        return """
                {"subject-type":"point-to-point","source":"10.0.0.1","destination":"2001:DB8::2",
                 "measurement-agent":"10.0.0.1","tool-name":"pscheduler/powstream",
                 "input-source":"ps-a.example.org","input-destination":"ps-b.example.org",
                 "time-duration":60,"sample-size":600,"mode-flip":false,"test-run":"%s",
                 "event-types":[
                   {"event-type":"failures"},
                   {"event-type":"packet-count-sent","summaries":[{"summary-type":"aggregation","summary-window":300}]},
                   {"event-type":"packet-loss-rate","summaries":[{"summary-type":"aggregation","summary-window":300}]},
                   {"event-type":"histogram-owdelay","summaries":[{"summary-type":"aggregation","summary-window":300},
                      {"summary-type":"statistics","summary-window":0},{"summary-type":"statistics","summary-window":300}]},
                   {"event-type":"histogram-ttl"},
                   {"event-type":"time-error-estimates"},
                   {"event-type":"throughput","summaries":[{"summary-type":"average","summary-window":86400}]}]}
                """.formatted(run);
    }
}
