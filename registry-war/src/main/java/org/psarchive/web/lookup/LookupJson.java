package org.psarchive.web.lookup;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.psarchive.lookup.BulkRenewal;
import org.psarchive.lookup.CommunityCount;
import org.psarchive.lookup.CommunityHost;
import org.psarchive.lookup.LookupRecord;
import org.psarchive.lookup.LookupTime;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

/** The lookup service's JSON, in sLS's shapes: data keys as string arrays, {@code uri}/{@code expires}/{@code state} as strings. */
final class LookupJson {

    private LookupJson() {
    }

    static String record(LookupRecord record) {
        return record.toJson();
    }

    /**
     * A query's answer, written to the response as it goes: a page of records is up to a few hundred
     * KB, and building it as one string first cost several copies of it per query (young-GC pauses
     * that made the query's p99, docs/benchmarks.md).
     */
    static StreamingOutput records(List<LookupRecord> records) {
        return output -> {
            Writer json = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 8192);
            json.write('[');
            for (int i = 0; i < records.size(); i++) {
                if (i > 0) {
                    json.write(',');
                }
                records.get(i).writeJson(json);
            }
            json.write(']');
            json.flush();
        };
    }

    static String expires(java.time.Instant instant) {
        return LookupTime.format(instant);
    }

    static JsonObject bulkRenewal(BulkRenewal result) {
        return Jsonp.createObjectBuilder()
                .add("total", String.valueOf(result.total()))
                .add("renewed", String.valueOf(result.renewed()))
                .add("failure", String.valueOf(result.failures()))
                .add("failed-uris", Jsonp.createArrayBuilder(result.failedUris()))
                .add("error-code", Jsonp.createArrayBuilder(result.errorCodes().stream().map(String::valueOf).toList()))
                .add("error-message", Jsonp.createArrayBuilder(result.errorMessages()))
                .build();
    }

    static JsonValue communities(List<CommunityCount> communities) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        communities.forEach(c -> array.add(Jsonp.createObjectBuilder().add("name", c.name())
                .add("hosts", c.hosts()).add("services", c.services())));
        return array.build();
    }

    static JsonObject communityHosts(String community, boolean ignoreCase, List<CommunityHost> hosts) {
        JsonArrayBuilder array = Jsonp.createArrayBuilder();
        for (CommunityHost found : hosts) {
            LookupRecord host = found.host();
            JsonObjectBuilder location = Jsonp.createObjectBuilder();
            host.data().forEach((key, values) -> {
                if (key.startsWith("location-") && !values.isEmpty()) {
                    location.add(key.substring("location-".length()), values.get(0));
                }
            });
            JsonArrayBuilder services = Jsonp.createArrayBuilder();
            for (LookupRecord service : found.services()) {
                services.add(Jsonp.createObjectBuilder()
                        .add("uri", service.uri())
                        .add("service-type", Jsonp.createArrayBuilder(service.values("service-type")))
                        .add("service-name", Jsonp.createArrayBuilder(service.values("service-name")))
                        .add("service-locator", Jsonp.createArrayBuilder(service.values("service-locator")))
                        .add("group-communities", Jsonp.createArrayBuilder(service.values("group-communities")))
                        .add("expires", expires(service.expires())));
            }
            array.add(Jsonp.createObjectBuilder()
                    .add("uri", host.uri())
                    .add("host-name", Jsonp.createArrayBuilder(host.values("host-name")))
                    .add("addresses", Jsonp.createArrayBuilder(found.addresses()))
                    .add("location", location)
                    .add("group-communities", Jsonp.createArrayBuilder(host.values("group-communities")))
                    .add("client-uuid", Jsonp.createArrayBuilder(host.values("client-uuid")))
                    .add("source", host.managed() ? "registry" : "self-registered")
                    .add("expires", expires(host.expires()))
                    .add("services", services));
        }
        return Jsonp.createObjectBuilder().add("community", community).add("case-insensitive", ignoreCase)
                .add("hosts", array).build();
    }

    /** The body as a JSON object; {@code null}, empty or blank gives an empty object. */
    static JsonObject optionalObject(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return object(body);
    }

    static JsonObject object(String body) {
        try (JsonReader reader = Jsonp.createReader(new StringReader(body == null ? "" : body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("Error parsing Json elements: " + e.getMessage());
        }
        throw new InvalidInputException("Error parsing Json elements: the body must be a JSON object.");
    }

    /** A string member that may also come as a one-element list (sLS's clients send both). */
    static Optional<String> text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof jakarta.json.JsonString text) {
            return Optional.of(text.getString());
        }
        if (value instanceof jakarta.json.JsonArray array && array.size() <= 1
                && array.stream().allMatch(v -> v instanceof jakarta.json.JsonString)) {
            return array.isEmpty() ? Optional.empty() : Optional.of(array.getString(0));
        }
        throw new InvalidInputException("'" + key + "' must be a string.");
    }
}
