package org.psarchive.web.archive;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.psarchive.archive.metadata.Metadata;

/**
 * esmond's JSON shapes of metadata, event types, summaries and data (docs/rest-api.md), written as text
 * through one JSON-P generator: no tree of JSON values on the way (the POST pScheduler sends before each
 * result answers with its whole record; building it as a tree and writing that cost 5 % of a result's CPU,
 * bin/bench archive).
 */
final class ArchiveJson {

    static final String ROOT = "/esmond/perfsonar/archive/";

    private ArchiveJson() {
    }

    /** The JSON document that {@code content} writes, as compact text. */
    static String text(Consumer<JsonGenerator> content) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator json = Jsonp.createGenerator(out)) {
            content.accept(json);
        }
        return out.toString();
    }

    /**
     * A metadata record as an object; {@code extras} (may be null) adds members after its {@code url}.
     * {@code origin} is the scheme and authority of its {@code url} ({@link #origin}).
     */
    static void metadata(JsonGenerator json, Metadata metadata, String origin, Consumer<JsonGenerator> extras) {
        json.writeStartObject();
        json.write("metadata-key", metadata.key().value());
        json.write("subject-type", metadata.subjectType().wireName());
        metadata.subject().forEach(json::write);
        metadata.parameters().forEach(json::write);
        json.writeStartArray("event-types");
        metadata.series().stream().map(series -> series.key().eventType()).distinct().sorted()
                .forEach(eventType -> eventType(json, metadata, eventType));
        json.writeEnd();
        String path = ROOT + metadata.key().value() + "/";
        json.write("uri", path);
        json.write("url", origin + path);
        if (extras != null) {
            extras.accept(json);
        }
        json.writeEnd();
    }

    static void eventType(JsonGenerator json, Metadata metadata, String eventType) {
        json.writeStartObject();
        json.write("base-uri", ROOT + metadata.key().value() + "/" + eventType + "/base");
        json.write("event-type", eventType);
        List<Metadata.Series> series = metadata.seriesOf(eventType);
        series.stream().filter(s -> s.key().isBase()).findFirst()
                .ifPresent(base -> time(json, base.timeUpdated()));
        json.writeStartArray("summaries");
        series.stream().filter(s -> !s.key().isBase()).forEach(summary -> summary(json, metadata, summary));
        json.writeEnd();
        json.writeEnd();
    }

    static void summary(JsonGenerator json, Metadata metadata, Metadata.Series series) {
        json.writeStartObject();
        json.write("summary-type", series.key().summaryType().wireName());
        json.write("summary-window", String.valueOf(series.key().window()));
        time(json, series.timeUpdated());
        json.write("uri", ROOT + metadata.key().value() + "/" + series.key().eventType() + "/"
                + series.key().summaryType().plural() + "/" + series.key().window());
        json.writeEnd();
    }

    /** The URL of one of this service's absolute paths, on the host and port the request was sent to. */
    static String absolute(UriInfo uri, String path) {
        return origin(uri) + path;
    }

    /** The request's scheme and authority: computed once where an answer holds many URLs. */
    static String origin(UriInfo uri) {
        return uri.getBaseUriBuilder().replacePath(null).replaceQuery(null).build().toString();
    }

    private static void time(JsonGenerator json, Long epochSeconds) {
        if (epochSeconds == null) {
            json.writeNull("time-updated");
        } else {
            json.write("time-updated", epochSeconds);
        }
    }
}
