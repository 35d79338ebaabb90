package org.psarchive.archive.importer;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.MetadataKey;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.NewMetadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.platform.json.Jsonp;

/**
 * One record of the source's metadata listing: its key, the content it would have had as a POST body
 * here ({@link #metadata}, whose checksum the imported record gets), its series and each event type's
 * time-updated as the source says.
 */
record SourceRecord(MetadataKey key, NewMetadata metadata, List<SeriesKey> series, Map<String, Long> timeUpdated) {

    /** Members of a listed record that describe it as stored, never part of what was posted. */
    private static final Set<String> NOT_POSTED = Set.of("metadata-key", "uri", "url", "event-types",
            "metadata-count-total", "metadata-previous-page", "metadata-next-page");

    /** The record, or an {@link InvalidInputException} saying why this archive would refuse it. */
    static SourceRecord of(JsonObject listed) {
        MetadataKey key = MetadataKey.parse(text(listed.get("metadata-key")))
                .orElseThrow(() -> new InvalidInputException("a record without a valid metadata-key"));
        JsonObjectBuilder body = Jsonp.createObjectBuilder();
        listed.forEach((name, value) -> {
            if (!NOT_POSTED.contains(name) && value.getValueType() != JsonValue.ValueType.NULL) {
                body.add(name, value);
            }
        });
        JsonArrayBuilder eventTypes = Jsonp.createArrayBuilder();
        Map<String, Long> timeUpdated = new TreeMap<>();
        JsonValue listedTypes = listed.get("event-types");
        if (listedTypes != null && listedTypes.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonObject type : listedTypes.asJsonArray().getValuesAs(JsonObject.class)) {
                String name = text(type.get("event-type"));
                JsonArrayBuilder summaries = Jsonp.createArrayBuilder();
                JsonValue listedSummaries = type.get("summaries");
                if (listedSummaries != null && listedSummaries.getValueType() == JsonValue.ValueType.ARRAY) {
                    for (JsonObject summary : listedSummaries.asJsonArray().getValuesAs(JsonObject.class)) {
                        summaries.add(Jsonp.createObjectBuilder().add("summary-type", text(summary.get("summary-type")))
                                .add("summary-window", text(summary.get("summary-window"))));
                    }
                }
                eventTypes.add(Jsonp.createObjectBuilder().add("event-type", name).add("summaries", summaries));
                timeUpdated.put(name, type.get("time-updated") instanceof JsonNumber number ? number.longValue() : null);
            }
        }
        NewMetadata metadata = MetadataRequest.parse(body.add("event-types", eventTypes).build());
        List<SeriesKey> series = new ArrayList<>(metadata.series());
        // numbers before the percentages rebuilt from them (PointMapping), base before summaries
        series.sort((a, b) -> Boolean.compare(isPercentage(a), isPercentage(b)));
        return new SourceRecord(key, metadata, List.copyOf(series), timeUpdated);
    }

    private static boolean isPercentage(SeriesKey series) {
        return series.eventType().startsWith("packet-loss-rate");
    }

    /** The path of a series under the source's base URL, as esmond names it. */
    static String path(MetadataKey key, SeriesKey series) {
        String path = key.value() + "/" + series.eventType() + "/";
        return series.summaryType() == SummaryType.BASE ? path + "base"
                : path + series.summaryType().plural() + "/" + series.window();
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        throw new InvalidInputException("a record with a missing or non-text member");
    }
}
