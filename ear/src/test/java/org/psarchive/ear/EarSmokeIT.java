package org.psarchive.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built EAR deployed on full Payara Server 6 (the distribution from Maven Central, driven by
 * asadmin), so the EAR is known to work rather than assumed. It runs on the embedded database,
 * which also proves the zero-setup default on the full server.
 */
class EarSmokeIT {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

            HttpResponse<String> missing = get("/api/no-such-thing");
            assertEquals(404, missing.statusCode());
            assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));

            server.restart();
            HttpResponse<String> afterRestart = awaitOk("/api/platform");
            assertTrue(afterRestart.body().contains("\"database\":\"H2\""), afterRestart.body());
        }
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
