package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * esmond's device API end to end: a real snmpd on loopback added as a target through the admin API, traffic
 * on {@code lo}, and the device, lo's description and its rates read through {@code /esmond/v1/device/...}
 * (docs/snmp.md, "Device API"). The server reloads targets every 2 s here ({@code PSARCHIVE_SNMP_RELOAD}).
 */
class SnmpDeviceApiIT extends DeployedPlatformTest {

    private static final String TARGETS = "api/admin/snmp/targets";
    private static final String DEVICES = "esmond/v1/device/";
    private static final int INTERVAL = 5;
    private static Snmpd snmpd;

    @BeforeAll
    static void startAgent() {
        assertTrue(Snmpd.installed(), "net-snmp's snmpd is missing: bin/test installs it (apt-get install snmpd snmp); these tests never skip");
        snmpd = Snmpd.start();
    }

    @AfterAll
    static void stopAgent() {
        if (snmpd != null) {
            snmpd.close();
        }
    }

    @Test
    void theRouterItsLoopbackAndItsRatesAreReadThroughTheDeviceApi() throws Exception {
        String name = addTarget("it-device-");
        try (LoopbackTraffic traffic = new LoopbackTraffic()) {
            Instant added = Instant.now();
            JsonObject device = Await.until("the device listed", Duration.ofSeconds(30), () -> list().stream()
                    .map(JsonValue::asJsonObject).filter(d -> name.equals(d.getString("name"))).findFirst());
            assertTrue(device.getBoolean("active"), device.toString());
            assertFalse(device.getBoolean("leaf"));
            assertEquals("/esmond/v1/device/" + name + "/", device.getString("resource_uri"));
            assertEquals(List.of("interface"), device.getJsonArray("children").stream()
                    .map(c -> c.asJsonObject().getString("name")).toList());
            assertFalse(device.toString().contains(Snmpd.COMMUNITY), "never the community: " + device);
            assertFalse(device.containsKey("community"), device.toString());
            JsonObject detail = get(DEVICES + name + "/");
            assertEquals("/esmond/v1/device/" + name + "/", detail.getString("uri"));

            JsonObject lo = Await.until("lo listed with its description", Duration.ofSeconds(30), () ->
                    get(DEVICES + name + "/interface/").getJsonArray("children").stream().map(JsonValue::asJsonObject)
                            .filter(i -> "lo".equals(i.getString("ifName"))).findFirst());
            assertEquals("lo", lo.getString("ifDescr"));
            assertTrue(lo.getJsonNumber("ifIndex").longValue() > 0, lo.toString());
            assertEquals(JsonValue.NULL, lo.get("end_time"), "the description period is open: " + lo);
            assertEquals("/esmond/v1/device/" + name + "/interface/lo", lo.getString("resource_uri"));
            assertEquals(List.of("in", "out", "error/in", "error/out", "discard/in", "discard/out"),
                    lo.getJsonArray("children").stream().map(c -> c.asJsonObject().getString("name")).toList());
            JsonObject loDetail = get(DEVICES + name + "/interface/lo/");
            assertEquals(1, loDetail.getJsonArray("history").size(), loDetail.toString());

            // two polls with moved counters give the first rate; snmpd refreshes counters about every 3 s
            JsonObject in = Await.until("an in-octets rate of lo", Duration.ofSeconds(60), () -> {
                traffic.send(1 << 20);
                JsonObject answer = get(DEVICES + name + "/interface/lo/in");
                return answer.getJsonArray("data").isEmpty() ? Optional.empty() : Optional.of(answer);
            });
            System.out.println("SnmpDeviceApiIT: target added -> first lo in rate through the device API: "
                    + Duration.between(added, Instant.now()).toMillis() + " ms (interval " + INTERVAL + " s)");
            assertEquals(String.valueOf(INTERVAL), in.getString("agg"), "agg defaults to the poll interval");
            assertEquals("average", in.getString("cf"));
            assertEquals(3600, in.getJsonNumber("end_time").longValue() - in.getJsonNumber("begin_time").longValue());
            assertEquals("/esmond/v1/device/" + name + "/interface/lo/in", in.getString("resource_uri"));
            for (String endpoint : new String[] {"in", "out"}) {
                JsonArray data = get(DEVICES + name + "/interface/lo/" + endpoint + "/").getJsonArray("data");
                assertFalse(data.isEmpty(), endpoint);
                for (JsonValue point : data) {
                    assertTrue(point.asJsonObject().getJsonNumber("val").doubleValue() >= 0, "never negative: " + point);
                    assertTrue(point.asJsonObject().getJsonNumber("ts").longValue() >= added.getEpochSecond() - 1, point.toString());
                }
            }

            double maxBase = in.getJsonArray("data").stream().mapToDouble(p -> p.asJsonObject().getJsonNumber("val").doubleValue())
                    .max().orElseThrow();
            String hour = "?agg=3600&begin=" + (added.getEpochSecond() - 3600) + "&end=" + (Instant.now().getEpochSecond() + 60);
            JsonObject average = get(DEVICES + name + "/interface/lo/in" + hour + "&cf=average");
            JsonObject max = get(DEVICES + name + "/interface/lo/in" + hour + "&cf=max");
            JsonObject min = get(DEVICES + name + "/interface/lo/in" + hour + "&cf=min");
            assertEquals("3600", max.getString("agg"));
            for (JsonObject answer : List.of(average, max, min)) {
                assertFalse(answer.getJsonArray("data").isEmpty(), answer.toString());
                assertEquals(0, answer.getJsonArray("data").getJsonObject(0).getJsonNumber("ts").longValue() % 3600);
            }
            JsonObject maxPoint = max.getJsonArray("data").getJsonObject(max.getJsonArray("data").size() - 1);
            JsonObject minPoint = min.getJsonArray("data").getJsonObject(min.getJsonArray("data").size() - 1);
            assertTrue(maxPoint.getJsonNumber("val").doubleValue() >= maxBase, maxPoint + " covers " + maxBase);
            assertTrue(minPoint.getJsonNumber("val").doubleValue() <= maxPoint.getJsonNumber("val").doubleValue());
            assertTrue(maxPoint.containsKey("m_ts") && minPoint.containsKey("m_ts"), "min and max carry m_ts");
            assertFalse(average.getJsonArray("data").getJsonObject(0).containsKey("m_ts"));
        } finally {
            admin.send("DELETE", TARGETS + "/" + name, null);
        }
    }

    @Test
    void badParametersAreProblemsOf400AndUnknownNamesOf404() throws Exception {
        String name = addTarget("it-device-errors-");
        try {
            Await.until("lo listed", Duration.ofSeconds(30), () -> {
                HttpResponse<String> response = http.get(DEVICES + name + "/interface/lo/");
                return response.statusCode() == 200 ? Optional.of(response) : Optional.empty();
            });
            String data = DEVICES + name + "/interface/lo/in";
            assertProblem(400, data + "?agg=300", "no aggregation 300");
            assertProblem(400, data + "?agg=3600&cf=median", "median");
            assertProblem(400, data + "?begin=yesterday", "begin");
            assertProblem(400, data + "?begin=2000&end=1000", "begin");
            assertProblem(400, data + "?begin=0&end=" + 31L * 86400, "exceeded valid timerange");
            assertProblem(400, data + "?agg=3600&begin=0&end=" + 366L * 86400, "exceeded valid timerange");
            assertProblem(400, DEVICES + name + "/interface/lo@zz/in", "@");
            assertProblem(404, DEVICES + "no-such-device/", "no-such-device");
            assertProblem(404, DEVICES + "no-such-device/interface/", "no-such-device");
            assertProblem(404, DEVICES + name + "/interface/eth99/", "eth99");
            assertProblem(404, DEVICES + name + "/interface/eth99/in", "eth99");
            assertProblem(404, DEVICES + name + "/interface/xe-0@2F0@2F0/in", "xe-0/0/0");
            assertProblem(404, data + "x", "inx");
        } finally {
            admin.send("DELETE", TARGETS + "/" + name, null);
        }
    }

    private String addTarget(String prefix) {
        String name = prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        HttpResponse<String> created = admin.send("POST", TARGETS, "{\"name\":\"" + name + "\",\"host\":\"127.0.0.1\",\"port\":"
                + snmpd.port() + ",\"community\":\"" + Snmpd.COMMUNITY + "\",\"interval\":" + INTERVAL + ",\"include\":[\"lo\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private void assertProblem(int status, String path, String detailPart) {
        HttpResponse<String> response = http.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
        JsonObject problem = Http.object(response);
        assertEquals(status, problem.getInt("status"), problem.toString());
        assertTrue(problem.getString("detail", "").contains(detailPart), path + ": " + problem);
    }

    private JsonArray list() {
        HttpResponse<String> response = http.get(DEVICES);
        assertEquals(200, response.statusCode(), response.body());
        return Http.structure(response).asJsonArray();
    }

    private JsonObject get(String path) {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], path);
        return Http.object(response);
    }

}
