package org.psarchive.archive.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
        for (Series s : series) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The series of one event type, base first. Loops, not streams: a write asks this several times per event type. */
    public List<Series> seriesOf(String eventType) {
        List<Series> of = new ArrayList<>();
        for (Series s : series) {
            if (s.key().eventType().equals(eventType)) {
                of.add(s);
            }
        }
        of.sort(Comparator.comparing(Series::key));
        return Collections.unmodifiableList(of);
    }
}
