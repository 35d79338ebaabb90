package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code import esmond}: the contract of its verbs, against a stub of the admin API. */
class ImportCommandTest {

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    /** Answers by "METHOD path", each taken in turn (the last one repeats). */
    private final Map<String, Deque<String>> answers = new HashMap<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            String answer;
            synchronized (requests) {
                requests.add(key + " " + body);
                Deque<String> queue = answers.get(key);
                answer = queue == null ? null : queue.size() > 1 ? queue.poll() : queue.peek();
            }
            byte[] bytes = (answer == null ? "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No import job.\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer == null ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "import esmond", "import esmond plan", "import esmond start", "import esmond status",
        "import esmond resume", "import esmond cancel", "import esmond verify"})
    void explainsEveryCommandWithHelp(String command) {
        Cli.Result result = Cli.run((command + " --help").split(" "));

        assertEquals(ExitCode.OK, result.code(), result.err());
        assertTrue(result.out().startsWith("Usage: psarchive-admin " + command + " "), result.out());
    }

    @Test
    void startWithoutASourceIsAUsageErrorOnOneLine() {
        Cli.Result result = run("import", "esmond", "start");

        assertEquals(ExitCode.USAGE, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
        assertTrue(requests.isEmpty());
    }

    @Test
    void planSendsTheSourceAndFiltersAndPrintsTheWarnings() {
        answer("POST /api/admin/imports/esmond/plan",
                "{\"records\":3,\"series\":25,\"estimated-requests\":427,\"warnings\":[\"it is elmond\"]}");

        Cli.Result result = run("import", "esmond", "plan", "--from", "https://old/esmond/perfsonar/archive/",
                "--since", "2024-01-01", "--api-key", "k1");

        assertEquals(ExitCode.OK, result.code(), result.err());
        assertTrue(requests.get(0).endsWith("{\"from\":\"https://old/esmond/perfsonar/archive/\",\"api-key\":\"k1\","
                + "\"since\":\"2024-01-01\"}"), requests.get(0));
        assertTrue(result.out().contains("Records: 3") && result.out().contains("Warning: it is elmond"), result.out());
    }

    @Test
    void startWaitPrintsTheJobIdThenProgressAndExitsZeroWhenItCompletes() {
        answer("POST /api/admin/imports/esmond", job("queued"));
        answer("GET /api/admin/imports/7", job("running"), job("completed"));

        Cli.Result result = run("import", "esmond", "start", "--from", "http://old/esmond/perfsonar/archive/", "--wait");

        assertEquals(ExitCode.OK, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("7", lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("job 7 completed: records 3/3"), result.out());
        assertTrue(requests.get(0).contains("\"metadata-only\":false"), requests.get(0));
    }

    @Test
    void startWaitExitsNonZeroWithOneLineWhenTheJobFails() {
        answer("POST /api/admin/imports/esmond", job("queued"));
        answer("GET /api/admin/imports/7", job("failed"));

        Cli.Result result = run("import", "esmond", "start", "--from", "http://old/esmond/perfsonar/archive/", "--wait",
                "--metadata-only");

        assertEquals(ExitCode.FAILURE, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("import job 7 failed: the source answered 500")
                && result.err().contains("import esmond resume 7"), result.err());
        assertFalse(result.err().matches("(?s).*\\b(java|org)\\.[a-z]+\\..*"), result.err());
    }

    @Test
    void verifyExitsNonZeroWhenPointsAreMissing() {
        answer("POST /api/admin/imports/7/verify", "{\"differs\":true,\"missing\":12,\"rows\":[{\"event-type\":\"throughput\","
                + "\"summary-type\":\"base\",\"summary-window\":0,\"series\":1,\"source-points\":100,\"imported-points\":88,"
                + "\"missing\":12,\"first\":1,\"last\":99}],\"sampled\":3,\"sample-differences\":[\"x at 1: differs\"]}");

        Cli.Result result = run("import", "esmond", "verify", "7", "--sample", "3");

        assertNotEquals(ExitCode.OK, result.code());
        assertTrue(result.out().contains("throughput") && result.out().contains("88"), result.out());
        assertTrue(result.err().contains("12 point(s) of the source are missing here, sampled values differ"), result.err());
        assertTrue(result.out().contains("Sampled 3 series: 1 difference(s)"), result.out());
        assertTrue(requests.get(0).startsWith("POST /api/admin/imports/7/verify "), requests.get(0));
    }

    @Test
    void anUnknownJobIsNotFound() {
        Cli.Result result = run("import", "esmond", "status", "99");

        assertEquals(ExitCode.NOT_FOUND_OR_CONFLICT, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    private void answer(String request, String... bodies) {
        answers.put(request, new ArrayDeque<>(List.of(bodies)));
    }

    private static String job(String state) {
        return "{\"id\":7,\"source\":\"http://old/esmond/perfsonar/archive/\",\"state\":\"" + state + "\",\"metadata-only\":false,"
                + "\"records-total\":3,\"records-done\":" + (state.equals("completed") ? 3 : 1) + ",\"records-skipped\":0,"
                + "\"series-done\":4,\"points-done\":1200,\"requests\":40,\"message\":"
                + (state.equals("failed") ? "\"the source answered 500\"" : "null") + "}";
    }

    private Cli.Result run(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--token", "0".repeat(40)));
        return Cli.run(line.toArray(String[]::new));
    }
}
