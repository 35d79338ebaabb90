package org.psarchive.archive.summary;

/**
 * Where a point's summaries go. The numbers themselves are a plain sum (integer and float
 * {@code aggregation}) or a {@link Ratio} ({@code average}, percentage {@code aggregation}).
 */
public final class NumericSummary {

    private NumericSummary() {
    }

    /**
     * The start of the summary window of length {@code window} seconds that holds {@code ts}: floor(ts/window)
     * ·window, rounding down for times before 1970 as well. A window of 0 means every point is its own
     * summary, at its own time.
     *
     * @throws IllegalArgumentException if the window is negative
     */
    public static long bin(long ts, long window) {
        if (window < 0) {
            throw new IllegalArgumentException("Negative summary window: " + window);
        }
        return window == 0 ? ts : Math.multiplyExact(Math.floorDiv(ts, window), window);
    }
}
