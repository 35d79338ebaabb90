package org.psarchive.archive.eventtype;

import java.util.Objects;

/** A summary series requested for an event type: its type and its window in seconds. */
public record Summary(SummaryType type, long window) {

    public Summary {
        Objects.requireNonNull(type, "type");
        if (window < 0) {
            throw new IllegalArgumentException("Negative summary window: " + window);
        }
    }
}
