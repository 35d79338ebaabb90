package org.psarchive.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built EAR deployed on full Payara Server 6 (the distribution from Maven Central, driven by
 * asadmin), so the EAR is known to work rather than assumed. It runs on the embedded database,
 * which also proves the zero-setup default on the full server.
 */
class EarSmokeIT {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void earDeploysOnPayaraServerServesHealthAndRestAndSurvivesARestart() throws Exception {
        Path home = Path.of(System.getProperty("payara.home"));
        Path ear = Path.of(System.getProperty("ear.file"));
        Map<String, String> environment = Map.of("PSARCHIVE_DATA", System.getProperty("psarchive.data"));

        try (PayaraServer server = new PayaraServer(home, environment)) {
            server.start();
            server.deploy(ear);

            HttpResponse<String> health = awaitOk("/health/ready");
            assertTrue(health.body().contains("\"name\":\"database\""), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());

            HttpResponse<String> platform = get("/api/platform");
            assertEquals(200, platform.statusCode(), platform.body());
            assertEquals("application/json", platform.headers().firstValue("Content-Type").orElse(""));
            assertTrue(platform.body().contains("\"database\":\"H2\""), platform.body());

            // the runtime's /metrics carries the SNMP collector's series from the EAR too (docs/adr/0007)
            HttpResponse<String> metrics = awaitMetric("psarchive_snmp_leases_held");
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                    metrics.headers().toString());
            // and the hosts' gauges of archive-ejb (docs/operations.md, "Hosts that stopped sending")
            awaitMetric("psarchive_hosts_agents");

            HttpResponse<String> missing = get("/api/no-such-thing");
            assertEquals(404, missing.statusCode());
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));

            server.restart();
            HttpResponse<String> afterRestart = awaitOk("/api/platform");
            assertTrue(afterRestart.body().contains("\"database\":\"H2\""), afterRestart.body());

            // docs/operations.md's settings are in force after the restart
            assertTrue(listeningPorts(server.pid()).stream().allMatch(port -> port >= PayaraServer.PORT_BASE
                    && port < PayaraServer.PORT_BASE + 100), "no data grid port: " + listeningPorts(server.pid()));
            refusesAnOversizedLookupBodyBeforeReadingIt();
            acceptsABodyOnDelete();
            servesBesideSixteenSlowSenders();
        }
    }

    /** Reads /metrics until a series of that name is there (the collector registers it at start-up). */
    private HttpResponse<String> awaitMetric(String name) throws Exception {
        java.time.Instant end = java.time.Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> metrics = get("/metrics");
            if (metrics.statusCode() == 200 && metrics.body().lines().anyMatch(line -> line.startsWith(name + "{")
                    || line.startsWith(name + " "))) {
                return metrics;
            }
            if (java.time.Instant.now().isAfter(end)) {
                throw new AssertionError("no " + name + " in /metrics (" + metrics.statusCode() + "): " + metrics.body());
            }
            Thread.sleep(500);
        }
    }

    /** The lookup service's clients delete a record with its client-uuid in the body (the recipe allows it). */
    private void acceptsABodyOnDelete() throws Exception {
        HttpResponse<String> gone = client.send(HttpRequest.newBuilder(uri("/lookup/record/no-such-record"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"client-uuid\":\"someone\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, gone.statusCode(), gone.body());
        assertEquals("application/problem+json", gone.headers().firstValue("Content-Type").orElse(""));
    }

    /** A declared body over the lookup limit is answered 413 before it is sent (Expect: 100-continue). */
    private void refusesAnOversizedLookupBodyBeforeReadingIt() throws Exception {
        // HTTP/1.1 as psarchive's clients speak it: Java's default (an h2c upgrade attempt) drops this
        // answer's Content-Type from the headers it reports
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> refused = http11.send(HttpRequest.newBuilder(uri("/lookup/records")).expectContinue(true)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"host\",\"x\":\"" + "x".repeat(300_000) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("PSARCHIVE_BODY_MAX_LOOKUP"), refused.body());
    }

    /**
     * Payara Server's request pool has 5 threads; sixteen clients trickling a body hold none of them, so a
     * read beside them is answered within a second.
     */
    private void servesBesideSixteenSlowSenders() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                Socket socket = new Socket("127.0.0.1", PayaraServer.HTTP_PORT);
                socket.getOutputStream().write(("POST /lookup/records HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            long started = System.nanoTime();
            HttpResponse<String> platform = get("/api/platform");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, platform.statusCode());
            System.out.println("EAR on Payara Server, 5 request threads, beside 16 slow senders: GET " + millis + " ms");
            assertTrue(millis < 1_000, "answered beside 16 slow senders in " + millis + " ms");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /** The TCP ports a process listens on (ss, iproute2). */
    private static List<Integer> listeningPorts(long pid) throws Exception {
        Process ss = new ProcessBuilder("ss", "-H", "-t", "-l", "-n", "-p").redirectErrorStream(true).start();
        String table = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ss.waitFor(), table);
        List<Integer> ports = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.contains("pid=" + pid + ",")) {
                String local = line.trim().split("\\s+")[3];
                ports.add(Integer.parseInt(local.substring(local.lastIndexOf(':') + 1)));
            }
        }
        assertFalse(ports.isEmpty(), "the server listens: " + table);
        return ports;
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + PayaraServer.HTTP_PORT + path);
    }

    private HttpResponse<String> awaitOk(String path) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = get(path);
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYetListening) {
                // the listener comes up shortly after deploy returns
            }
            Thread.sleep(500);
        }
        throw new AssertionError(path + " never answered 200; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + PayaraServer.HTTP_PORT + path);
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
