package org.psarchive.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The lookup API as an anonymous perfSONAR host uses it. */
final class LookupClient {

    private final Http http;

    LookupClient(Http http) {
        this.http = http;
    }

    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request);
    }

    /** Registers a record and returns it; fails the test unless the answer is 200. */
    JsonObject register(String json) {
        HttpResponse<String> response = send("POST", "lookup/records", json);
        if (response.statusCode() != 200) {
            throw new AssertionError("register failed: " + response.statusCode() + " " + response.body());
        }
        return Http.object(response);
    }

    JsonArray query(String query) {
        HttpResponse<String> response = http.get("lookup/records?" + query);
        if (response.statusCode() != 200) {
            throw new AssertionError("query failed: " + response.statusCode() + " " + response.body());
        }
        return (JsonArray) Http.structure(response);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds, failing after the deadline. */
    static void await(String what, Duration deadline, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(deadline);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
