package org.psarchive.cli;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Calls the platform's REST API as the admin ({@code Authorization: Token ...}) and turns every
 * answer that is not a 2xx into an {@link ApiException} carrying the problem's {@code detail}.
 */
final class ApiClient {

    private final URI base;
    private final AdminToken token;
    private final Path tokenFile;
    private final HttpClient http;

    ApiClient(URI base, AdminToken token, Path tokenFile, boolean insecure) {
        this.base = base;
        this.token = token;
        this.tokenFile = tokenFile;
        // HTTP/1.1, as the platform speaks (ADR 0004): Java's default would ask every new connection for an
        // h2c upgrade, which the platform answers by closing the connection after the request
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (insecure) {
            builder.sslContext(InsecureTls.context());
        }
        this.http = builder.build();
    }

    JsonValue get(ApiPath path) {
        return send("GET", path, null);
    }

    JsonValue post(ApiPath path, JsonValue body) {
        return send("POST", path, body);
    }

    JsonValue put(ApiPath path, JsonValue body) {
        return send("PUT", path, body);
    }

    JsonValue patch(ApiPath path, JsonValue body) {
        return send("PATCH", path, body);
    }

    JsonValue delete(ApiPath path) {
        return send("DELETE", path, null);
    }

    /** Sends one request; {@code body} may be null. Returns the answer, {@link JsonValue#NULL} when empty. */
    JsonValue send(String method, ApiPath path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.toString()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token.isPresent()) {
            request.header("Authorization", "Token " + token.value());
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(ApiJson.compact(body)));
        } else {
            request.method(method, BodyPublishers.noBody());
        }
        HttpResponse<String> response = exchange(request.build());
        if (response.statusCode() / 100 != 2) {
            throw failure(response.statusCode(), response.body());
        }
        try {
            return ApiJson.parse(response.body());
        } catch (JsonException e) {
            throw new UnexpectedAnswerException("the answer of " + base + " is " + e.getMessage(), e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerUnreachableException(base.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The error answer as an exception: the problem's detail, and for 401/403 which token to use. */
    ApiException failure(int status, String body) {
        String detail = detail(body);
        if (detail == null) {
            detail = status / 100 == 3 ? "the server answered HTTP " + status + " (a redirect)"
                    : "the server answered HTTP " + status;
        }
        String hint = switch (status) {
            case 401, 403 -> token.hint(status, tokenFile);
            case 301, 302, 303, 307, 308 -> "check --url (http or https? the right port?)";
            default -> null;
        };
        return new ApiException(status, detail, hint);
    }

    /** RFC 9457 {@code detail}, else {@code title}, on one line; null when the body is no problem document. */
    private static String detail(String body) {
        try {
            if (ApiJson.parse(body) instanceof JsonObject problem) {
                for (String member : new String[] {"detail", "title"}) {
                    if (problem.get(member) instanceof JsonString text && !text.getString().isBlank()) {
                        return text.getString().replaceAll("\\s+", " ").strip();
                    }
                }
            }
        } catch (JsonException notJson) {
            // an HTML error page of a proxy, for instance: the status says enough
        }
        return null;
    }
}
