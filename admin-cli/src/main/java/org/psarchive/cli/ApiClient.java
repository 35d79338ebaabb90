package org.psarchive.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the platform's REST API and turns error answers into {@link ApiException}s. */
final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ApiClient(URI base) {
        this.base = base;
    }

    /** GETs {@code path} and returns the body of a 2xx answer. */
    String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServerUnreachableException(base.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() >= 400) {
            String detail = JsonFields.string(response.body(), "detail");
            throw new ApiException(response.statusCode(), detail.isEmpty()
                    ? "the server answered HTTP " + response.statusCode() : detail);
        }
        return response.body();
    }
}
