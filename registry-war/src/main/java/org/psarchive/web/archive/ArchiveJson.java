package org.psarchive.web.archive;

import org.psarchive.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.UriInfo;
import org.psarchive.archive.metadata.Metadata;

/** esmond's JSON shapes of metadata, event types, summaries and data (docs/rest-api.md). */
final class ArchiveJson {

    static final String ROOT = "/esmond/perfsonar/archive/";

    private ArchiveJson() {
    }

    static JsonObjectBuilder metadata(Metadata metadata, UriInfo uri) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        json.add("metadata-key", metadata.key().value());
        json.add("subject-type", metadata.subjectType().wireName());
        metadata.subject().forEach(json::add);
        metadata.parameters().forEach(json::add);
        JsonArrayBuilder eventTypes = Json.createArrayBuilder();
        metadata.series().stream().map(series -> series.key().eventType()).distinct().sorted()
                .forEach(eventType -> eventTypes.add(eventType(metadata, eventType)));
        json.add("event-types", eventTypes);
        String path = ROOT + metadata.key().value() + "/";
        json.add("uri", path);
        json.add("url", absolute(uri, path));
        return json;
    }

    static JsonObjectBuilder eventType(Metadata metadata, String eventType) {
        String base = ROOT + metadata.key().value() + "/" + eventType + "/";
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("base-uri", base + "base")
                .add("event-type", eventType);
        JsonArrayBuilder summaries = Json.createArrayBuilder();
        for (Metadata.Series series : metadata.seriesOf(eventType)) {
            if (series.key().isBase()) {
                json.add("time-updated", time(series.timeUpdated()));
            } else {
                summaries.add(summary(metadata, series));
            }
        }
        return json.add("summaries", summaries);
    }

    static JsonObjectBuilder summary(Metadata metadata, Metadata.Series series) {
        return Json.createObjectBuilder()
                .add("summary-type", series.key().summaryType().wireName())
                .add("summary-window", String.valueOf(series.key().window()))
                .add("time-updated", time(series.timeUpdated()))
                .add("uri", ROOT + metadata.key().value() + "/" + series.key().eventType() + "/"
                        + series.key().summaryType().plural() + "/" + series.key().window());
    }

    static String absolute(UriInfo uri, String path) {
        return uri.getBaseUriBuilder().replacePath(path).replaceQuery(null).build().toString();
    }

    private static JsonValue time(Long epochSeconds) {
        return epochSeconds == null ? JsonValue.NULL : Json.createValue(epochSeconds);
    }
}
