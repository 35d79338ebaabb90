package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code hosts}: the request a stand-in server receives, the table it prints, and its errors. */
class HostsCommandTest {

    private static final String REPORT = """
            {"now":"2026-12-05T12:00:00Z","agents":[
              {"agent":"10.1.0.9","first-result":"2026-11-01T08:00:00.250Z","last-result":"2026-12-02T09:30:00Z",
               "silent-seconds":268200,"records":4,"records-updated-last-hour":0,"records-updated-last-day":0,
               "test-types":["latencybg","throughput"],"tools":["pscheduler/iperf3","pscheduler/powstream"]},
              {"agent":"ps.example.org","first-result":"2026-12-05T11:00:00Z","last-result":"2026-12-05T11:59:15Z",
               "silent-seconds":45,"records":1,"records-updated-last-hour":1,"records-updated-last-day":1,
               "test-types":[],"tools":["pscheduler/owping"]}],
             "accounts":[{"name":"site-a","enabled":true,"has-key":true,"key-last-used":"2026-12-05T11:59:00Z"},
                         {"name":"by-address","enabled":false,"has-key":false,"key-last-used":null}]}""";

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private volatile int status = 200;
    private volatile String answer = REPORT;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void printsAgentsMostSilentFirstAndTheAccounts() {
        Cli.Result result = run("hosts");

        assertEquals(0, result.code(), result.err());
        assertEquals(List.of("GET /api/admin/hosts"), requests);
        List<String> lines = result.out().lines().toList();
        assertEquals(List.of("AGENT", "FIRST", "LAST", "SILENT", "RECORDS", "1H", "1D", "TESTS"),
                List.of(lines.get(0).split("\\s+")));
        assertEquals(List.of("10.1.0.9", "2026-11-01T08:00Z", "2026-12-02T09:30Z", "3d02h", "4", "0", "0",
                "latencybg,throughput"), List.of(lines.get(1).split("\\s+")));
        assertTrue(lines.get(2).startsWith("ps.example.org") && lines.get(2).endsWith("pscheduler/owping"),
                "an agent without test types shows its tools: " + lines.get(2));
        assertTrue(lines.get(2).contains(" 45s "), lines.get(2));
        assertEquals("", lines.get(3));
        assertTrue(lines.get(5).matches("site-a\\s+yes\\s+2026-12-05T11:59Z"), lines.get(5));
        assertTrue(lines.get(6).matches("by-address\\s+no\\s+no-key"), lines.get(6));
    }

    @Test
    void asksTheServerForSilentHostsInIso8601() {
        assertEquals(0, run("hosts", "--silent-for", "6h").code());
        assertEquals(0, run("hosts", "--silent-for", "P2D").code());

        assertEquals(List.of("GET /api/admin/hosts?silent-for=PT6H", "GET /api/admin/hosts?silent-for=PT48H"), requests);
    }

    @Test
    void printsTheServersAnswerAsJson() {
        Cli.Result result = run("hosts", "--format", "json");

        assertEquals(0, result.code(), result.err());
        assertEquals(ApiJson.parse(REPORT), ApiJson.parse(result.out()));
    }

    @Test
    void saysSoWhenNoAgentIsSilent() {
        answer = "{\"now\":\"2026-12-05T12:00:00Z\",\"agents\":[],\"accounts\":[]}";

        Cli.Result result = run("hosts", "--silent-for", "90m");

        assertEquals(0, result.code(), result.err());
        assertEquals("No agent silent for 1h30m.", result.out().strip());
    }

    @Test
    void refusesAMalformedDurationBeforeSendingAnything() {
        for (String wrong : new String[] {"6 hours", "-PT1H", "h6", ""}) {
            Cli.Result result = run("hosts", "--silent-for", wrong);
            assertEquals(ExitCode.USAGE, result.code(), wrong + ": " + result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().contains("not a duration"), result.err());
            assertFalse(result.err().contains("Exception"), result.err());
        }
        assertEquals(List.of(), requests);
    }

    @Test
    void reportsAServerRefusalOnOneLineWithANonZeroExit() {
        status = 403;
        answer = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This needs the admin permission.\"}";

        Cli.Result result = run("hosts");

        assertEquals(ExitCode.FAILURE, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("admin permission"), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("org.psarchive"), result.err());
    }

    @Test
    void writesDurationsForPeople() {
        assertEquals("59s", SilenceDuration.words(59));
        assertEquals("12m", SilenceDuration.words(12 * 60 + 5));
        assertEquals("5h03m", SilenceDuration.words(5 * 3600 + 3 * 60));
        assertEquals("3d02h", SilenceDuration.words(3 * 86_400 + 2 * 3600 + 59 * 60));
        assertEquals(Duration.ofMinutes(30), new SilenceDuration().convert("30m"));
    }

    private Cli.Result run(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--token", "0".repeat(40)));
        return Cli.run(line.toArray(String[]::new));
    }
}
