package org.psarchive.archive.metadata;

import java.util.Comparator;
import org.psarchive.archive.eventtype.SummaryType;

/** One series of a metadata record: an event type's base data, or one of its summaries. */
public record SeriesKey(String eventType, SummaryType summaryType, long window) implements Comparable<SeriesKey> {

    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::eventType)
            .thenComparing(key -> key.summaryType().wireName()).thenComparingLong(SeriesKey::window);

    public static SeriesKey base(String eventType) {
        return new SeriesKey(eventType, SummaryType.BASE, 0);
    }

    public boolean isBase() {
        return summaryType == SummaryType.BASE;
    }

    @Override
    public int compareTo(SeriesKey other) {
        return ORDER.compare(this, other);
    }
}
