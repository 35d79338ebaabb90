package org.psarchive.bench;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's HTTP API as the benchmark uses it: each client thread has its own kept-alive
 * {@link HttpConnection}, as each pScheduler archiver or registration daemon would. Every call is bounded
 * by a timeout.
 */
final class Api {

    static final String ARCHIVE = "esmond/perfsonar/archive/";

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

    private final URI base;
    private final ThreadLocal<HttpConnection> connection = new ThreadLocal<>();

    Api(URI base) {
        this.base = base;
    }

    Response get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    Response get(String path, String token) throws IOException {
        return send("GET", path, null, token);
    }

    Response delete(String path, String token) throws IOException {
        return send("DELETE", path, null, token);
    }

    Response post(String path, String json, String token) throws IOException {
        return send("POST", path, json, token);
    }

    Response put(String path, String json, String token) throws IOException {
        return send("PUT", path, json, token);
    }

    Response delete(String path) throws IOException {
        return send("DELETE", path, null, null);
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

    private Response send(String method, String path, String json, String token) throws IOException {
        URI uri = base.resolve(path);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpConnection open = connection.get();
        if (open != null && open.isOpen()) {
            try {
                return answer(open, open.exchange(method, target, json, token));
            } catch (HttpConnection.NoAnswerException | java.net.SocketException closedWhileIdle) {
                // the server closed this kept-alive connection before reading the request: send it again
                open.close();
            }
        }
        HttpConnection fresh = new HttpConnection(base);
        connection.set(fresh);
        try {
            return answer(fresh, fresh.exchange(method, target, json, token));
        } catch (IOException | RuntimeException e) {
            fresh.close();
            throw e;
        }
    }

    private static Response answer(HttpConnection used, Response response) {
        if (!used.isOpen()) {
            used.close();
        }
        return response;
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
