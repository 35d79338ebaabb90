package org.psarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's HTTP API as the benchmark uses it: one {@link HttpClient} (HTTP/1.1, keep-alive, its
 * own pool of connections) shared by every client thread. Every call is bounded by a timeout.
 */
final class Api {

    static final String ARCHIVE = "esmond/perfsonar/archive/";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** An answer: its status and body. */
    record Response(int status, String body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    /** A non-2xx answer, or one without what the benchmark needs: counted as an error of its scenario. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    Api(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), null);
    }

    Response post(String path, String json, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token);
    }

    Response put(String path, String json, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"), token);
    }

    /** Creates a metadata record (or finds the existing one of the same content) and returns its key. */
    String createMetadata(String json, String token) throws Exception {
        Response created = expect(post(ARCHIVE, json, token), 201, "metadata POST");
        return member(created.body(), "metadata-key");
    }

    /** A bulk PUT of points to a metadata record. */
    void putData(String metadataKey, String json, String token) throws Exception {
        expect(put(ARCHIVE + metadataKey + "/", json, token), 201, "bulk PUT");
    }

    private Response send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        request.timeout(REQUEST_TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Token " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static Response expect(Response response, int status, String what) throws Failure {
        if (response.status() != status) {
            String body = response.body().length() > 300 ? response.body().substring(0, 300) + "..." : response.body();
            throw new Failure(what + ": HTTP " + response.status() + " " + body);
        }
        return response;
    }

    /** The string value of a top-level member of a JSON answer (enough for keys and versions). */
    static String member(String json, String name) throws Failure {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new Failure("no \"" + name + "\" in " + (json.length() > 200 ? json.substring(0, 200) + "..." : json));
        }
        return matcher.group(1);
    }
}
