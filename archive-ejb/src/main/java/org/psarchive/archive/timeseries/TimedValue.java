package org.psarchive.archive.timeseries;

import jakarta.json.JsonValue;

/** A point as read back: its time (epoch seconds) and its value in esmond's representation. */
public record TimedValue(long ts, JsonValue value) {
}
