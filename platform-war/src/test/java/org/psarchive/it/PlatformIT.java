package org.psarchive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The platform as deployed on Payara Micro against the test MariaDB: health, errors, self-description. */
class PlatformIT extends DeployedPlatformTest {

    @Test
    void reportsReadyWithTheDatabaseChecked() {
        HttpResponse<String> response = http.get("health/ready");

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.object(response);
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals("MariaDB", database.getJsonObject("data").getString("product"));
    }

    @Test
    void reportsLiveAndOverallHealth() {
        assertEquals(200, http.get("health/live").statusCode());
        HttpResponse<String> all = http.get("health");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals("UP", Http.object(all).getString("status"));
    }

    @Test
    void describesItselfOnMariaDbAtTheLatestSchema() {
        HttpResponse<String> response = http.get("api/platform");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject info = Http.object(response);
        assertEquals("psarchive", info.getString("name"));
        assertEquals("MariaDB", info.getString("database"));
        assertFalse(info.getString("version").isBlank());
        assertEquals(MigrationsOnClasspath.latestVersion(), info.getString("schema-version"));
    }

    @Test
    void answersUnknownPathsWithProblemJson() {
        HttpResponse<String> response = http.get("api/no-such-thing");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Http.object(response);
        assertEquals(404, problem.getInt("status"));
        assertEquals("Not found.", problem.getString("detail"));
        assertEquals("/api/no-such-thing", problem.getString("instance"));
        assertFalse(response.body().contains("Exception"), "no stack trace or exception names in responses");
    }

    @Test
    void answersWrongMethodWithProblemJson() {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.base().resolve("api/platform"))
                .DELETE());

        assertEquals(405, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Http.object(response).containsKey("detail"));
    }

    @Test
    void servesMetricsAndOpenApi() {
        HttpResponse<String> metrics = http.get("metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), "JVM metrics present");

        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(http.base().resolve("openapi"))
                .header("Accept", "application/json").GET());
        assertEquals(200, openapi.statusCode());
        JsonValue paths = Http.object(openapi).get("paths");
        assertTrue(paths.asJsonObject().containsKey("/api/platform"), openapi.body());
    }
}
