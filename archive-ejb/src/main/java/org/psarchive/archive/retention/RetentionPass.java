package org.psarchive.archive.retention;

/** What one retention pass did; {@code complete} is false when it stopped at its batch budget. */
public record RetentionPass(long deletedPoints, int seriesVisited, boolean complete, boolean reclaimed) {
}
