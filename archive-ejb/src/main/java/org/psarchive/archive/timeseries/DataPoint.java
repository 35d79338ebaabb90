package org.psarchive.archive.timeseries;

import jakarta.json.JsonValue;

/** One posted value of one event type at one time (epoch seconds), not yet validated against its type. */
public record DataPoint(String eventType, long ts, JsonValue value) {
}
