package org.psarchive.archive.importer;

import java.util.List;

/**
 * A job's source compared with this archive over the job's range, per event type x summary: series,
 * points in the source, points here, the source's points missing here, and the first and last time
 * in the source (null where it has none); and, for {@code sampled} series picked at random, the first
 * page of the source compared value by value with what is stored here ({@code sampleDifferences}: the
 * first few, described).
 */
public record Verification(List<Row> rows, int sampled, List<String> sampleDifferences) {

    public record Row(String eventType, String summaryType, long window, long series, long sourcePoints,
            long importedPoints, long missing, Long first, Long last) {
    }

    public long missing() {
        return rows.stream().mapToLong(Row::missing).sum();
    }

    /** Whether anything of the source is missing here, or a sampled value differs. */
    public boolean differs() {
        return missing() > 0 || !sampleDifferences.isEmpty();
    }
}
