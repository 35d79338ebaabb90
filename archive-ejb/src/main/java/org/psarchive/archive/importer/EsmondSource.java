package org.psarchive.archive.importer;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.psarchive.platform.json.Jsonp;

/**
 * An esmond archive's REST API, read as esmond's own client reads it: JSON lists under the archive's
 * base URL ({@code .../esmond/perfsonar/archive/}), an optional {@code Authorization: Token} (reads are
 * anonymous in esmond), at most one request per {@code minInterval} (esmond has no rate limit of its own,
 * so we keep ours), each with a timeout. Failures come back as {@link SourceException}: retryable for a
 * 5xx or a timeout, which the caller answers by backing off and asking for less.
 */
final class EsmondSource {

    /** elmond (perfSONAR 5's OpenSearch shim) refuses a limit above this. */
    static final int ELMOND_MAX_LIMIT = 10_000;

    private final URI base;
    private final String apiKey;
    private final HttpClient http;
    private final Duration timeout;
    private final long minIntervalNanos;
    private long lastRequest;
    private long requests;

    EsmondSource(URI base, String apiKey, Duration timeout, Duration minInterval) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.minIntervalNanos = minInterval.toNanos();
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    URI base() {
        return base;
    }

    /** How many requests were sent so far. */
    long requests() {
        return requests;
    }

    /** One page of the metadata listing, ordered by key; {@code sinceFilter} (epoch s) lists records written since. */
    JsonArray metadata(int limit, long offset, Long sinceFilter) throws SourceException {
        return list("?format=json&limit=" + limit + "&offset=" + offset
                + (sinceFilter == null ? "" : "&time-start=" + sinceFilter));
    }

    /** Points of one series ({@code path} under the base, e.g. {@code <key>/throughput/base}) in [start, end]. */
    JsonArray data(String path, long start, long end, int limit) throws SourceException {
        return list(path + "?format=json&time-start=" + start + "&time-end=" + end + "&limit=" + limit);
    }

    /**
     * Whether the source refuses a limit above elmond's maximum, as elmond does and esmond does not
     * (psarchive refuses it too, in problem+json: it is not taken for elmond).
     */
    boolean refusesLargeLimits() throws SourceException {
        try {
            list("?format=json&limit=" + (ELMOND_MAX_LIMIT + 1) + "&offset=" + Integer.MAX_VALUE);
            return false;
        } catch (SourceException e) {
            if (e.retryable()) {
                throw e;
            }
            return !e.contentType().startsWith("application/problem+json");
        }
    }

    private JsonArray list(String pathAndQuery) throws SourceException {
        URI uri = base.resolve(pathAndQuery);
        throttle();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("Authorization", "Token " + apiKey);
        }
        HttpResponse<String> response;
        try {
            requests++;
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new SourceException("The source did not answer within " + timeout.toSeconds() + " s: " + uri, true);
        } catch (IOException e) {
            throw new SourceException("The source cannot be reached (" + e.getMessage() + "): " + uri, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("Interrupted while reading " + uri, false);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new SourceException("The source answered " + status + ": " + uri, true);
        }
        if (status != 200) {
            throw new SourceException("The source answered " + status + " to " + uri + ": " + brief(response.body()), false,
                    response.headers().firstValue("Content-Type").orElse(""));
        }
        try (JsonReader reader = Jsonp.createReader(new StringReader(response.body()))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new SourceException("The source's answer is not a JSON list: " + uri, false);
            }
            return value.asJsonArray();
        } catch (JsonException e) {
            throw new SourceException("The source's answer is not JSON (is this an esmond archive URL?): " + uri, false);
        }
    }

    private static String brief(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    /** Waits until {@code minInterval} has passed since the last request. */
    private void throttle() throws SourceException {
        long wait = lastRequest + minIntervalNanos - System.nanoTime();
        if (lastRequest != 0 && wait > 0) {
            pause(Duration.ofNanos(wait));
        }
        lastRequest = System.nanoTime();
    }

    /** Pauses this (import) thread, e.g. between retries. */
    static void pause(Duration duration) throws SourceException {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("Interrupted", false);
        }
    }
}
