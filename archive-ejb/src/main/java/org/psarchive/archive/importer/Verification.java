package org.psarchive.archive.importer;

import java.util.List;

/**
 * A job's source compared with this archive over the job's range, per event type x summary: series,
 * points in the source, points here, the source's points missing here, and the first and last time
 * in the source (null where it has none).
 */
public record Verification(List<Row> rows) {

    public record Row(String eventType, String summaryType, long window, long series, long sourcePoints,
            long importedPoints, long missing, Long first, Long last) {
    }

    public long missing() {
        return rows.stream().mapToLong(Row::missing).sum();
    }

    /** Whether anything of the source is missing here. */
    public boolean differs() {
        return missing() > 0;
    }
}
