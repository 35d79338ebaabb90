package org.psarchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target}'s requests as a stand-in server receives them: secrets from options, files and standard
 * input, and the usage errors caught before anything is sent.
 */
class TargetCommandTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            }
            byte[] answer = "{\"name\":\"r1\",\"enabled\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void readsTheCommunityFromAFileWithoutItsNewline() throws IOException {
        Path file = Files.writeString(dir.resolve("community"), "from-a-file\n");

        Cli.Result result = run("target", "add", "r1", "--host", "192.0.2.1", "--community-file", file.toString());

        assertEquals(0, result.code(), result.err());
        assertEquals(1, requests.size());
        assertTrue(requests.get(0).startsWith("POST /api/admin/snmp/targets "), requests.get(0));
        assertTrue(requests.get(0).contains("\"community\":\"from-a-file\""), requests.get(0));
    }

    @Test
    void readsAPasswordFromStandardInput() {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream("from-stdin-123\r\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Cli.Result result = run("target", "update", "r1", "--priv-password-file", "-", "--interval", "60");

            assertEquals(0, result.code(), result.err());
        } finally {
            System.setIn(original);
        }
        assertTrue(requests.get(0).startsWith("PATCH /api/admin/snmp/targets/r1 "), requests.get(0));
        assertTrue(requests.get(0).contains("\"priv-password\":\"from-stdin-123\""), requests.get(0));
        assertTrue(requests.get(0).contains("\"interval\":60"), requests.get(0));
    }

    @Test
    void removingPrivacySendsNullProtocols() {
        assertEquals(0, run("target", "update", "r1", "--no-auth").code());

        assertTrue(requests.get(0).contains("\"priv-protocol\":null") && requests.get(0).contains("\"auth-protocol\":null"),
                requests.get(0));
    }

    @Test
    void refusesASecretGivenTwiceOrEmptyOrTwoFromStandardInputBeforeSendingAnything() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");

        assertUsageError(run("target", "add", "r1", "--host", "h", "--community", "c", "--community-file", empty.toString()));
        assertUsageError(run("target", "add", "r1", "--host", "h", "--community-file", empty.toString()));
        assertUsageError(run("target", "add", "r1", "--host", "h", "--community-file", dir.resolve("missing").toString()));
        assertUsageError(run("target", "add", "r1", "--host", "h", "--user", "u", "--auth-password-file", "-",
                "--priv-password-file", "-"));
        assertUsageError(run("target", "update", "r1"));
        assertEquals(List.of(), requests);
    }

    @Test
    void printsTheUptimeInDaysAndHours() {
        assertEquals("1d 02:03:04.56", TargetView.uptime(new java.math.BigDecimal("93784.56")));
        assertEquals("0d 00:00:00.00", TargetView.uptime(java.math.BigDecimal.ZERO));
    }

    @Test
    void showsWhatTheCollectorKnowsOfTheTarget() {
        java.io.StringWriter text = new java.io.StringWriter();
        try (java.io.PrintWriter out = new java.io.PrintWriter(text)) {
            TargetView.details(out, ApiJson.asObject(ApiJson.parse("{\"name\":\"r1\","
                        + "\"status\":{\"collector\":\"on\",\"polled\":true,\"last-success\":\"2026-12-04T10:00:05Z\","
                        + "\"last-failure\":null,\"last-error\":null,\"failing\":false,\"last-poll-ms\":12,\"interfaces\":4,"
                        + "\"polls\":{\"started\":3,\"succeeded\":3,\"failed\":0,\"late\":0,\"missed\":1}}}")));
        }
        String shown = text.toString();
        assertTrue(shown.contains("polled:            yes"), shown);
        assertTrue(shown.contains("last-success:      2026-12-04T10:00:05Z"), shown);
        assertTrue(shown.contains("last-error:        -"), shown);
        assertTrue(shown.contains("last-poll:         12 ms"), shown);
        assertTrue(shown.contains("polls:             started 3, succeeded 3, failed 0, late 0, missed 1"), shown);

        java.io.StringWriter off = new java.io.StringWriter();
        try (java.io.PrintWriter out = new java.io.PrintWriter(off)) {
            TargetView.status(out, ApiJson.object().add("collector", "off").add("polled", false).build());
        }
        assertEquals("polled:            no (collector off)", off.toString().strip());
    }

    private static void assertUsageError(Cli.Result result) {
        assertEquals(ExitCode.USAGE, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    private Cli.Result run(String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--url", "http://127.0.0.1:" + server.getAddress().getPort() + "/", "--token", "0".repeat(40)));
        return Cli.run(line.toArray(String[]::new));
    }
}
