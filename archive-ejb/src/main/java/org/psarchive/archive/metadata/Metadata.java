package org.psarchive.archive.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/** A stored metadata record with its series. */
public record Metadata(long id, MetadataKey key, SubjectType subjectType, SortedMap<String, String> subject,
        SortedMap<String, String> parameters, List<Series> series) {

    /**
     * One stored series; {@code timeUpdated} is the server time (epoch s) of the last write to its event
     * type, or null. Writes update it on the base series only (one row per event type, where a
     * pScheduler latency result has some twenty series), and a summary reports its base's: esmond's
     * time-updated is per event type.
     */
    public record Series(long id, SeriesKey key, Long timeUpdated) {
    }

    /**
     * {@code series} with each one's time-updated that of its event type's base series in {@code baseTimes}
     * (by event type; a missing or null entry is null).
     */
    public static List<Series> withEventTypeTimes(List<Series> series, Map<String, Long> baseTimes) {
        List<Series> timed = new ArrayList<>(series.size());
        for (Series s : series) {
            timed.add(new Series(s.id(), s.key(), baseTimes.get(s.key().eventType())));
        }
        return timed;
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
