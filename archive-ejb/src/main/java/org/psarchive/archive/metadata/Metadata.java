package org.psarchive.archive.metadata;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** A stored metadata record with its series. */
public record Metadata(long id, MetadataKey key, SubjectType subjectType, SortedMap<String, String> subject,
        SortedMap<String, String> parameters, List<Series> series) {

    /** One stored series; {@code timeUpdated} is the server time (epoch s) of its last write, or null. */
    public record Series(long id, SeriesKey key, Long timeUpdated) {
    }

    public Optional<Series> series(SeriesKey key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The series of one event type, base first. */
    public List<Series> seriesOf(String eventType) {
        return series.stream().filter(s -> s.key().eventType().equals(eventType)).sorted(
                (a, b) -> a.key().compareTo(b.key())).toList();
    }
}
