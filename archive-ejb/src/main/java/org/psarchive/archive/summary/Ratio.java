package org.psarchive.archive.summary;

/**
 * A running numerator and denominator, for the summaries that divide at the end: an {@code average} of integer
 * or float points (sum of values over number of points; the sum alone is the {@code aggregation}) and the
 * {@code aggregation} of percentages (Σnumerator / Σdenominator, the pooled rate rather than the mean of the
 * rates, so a 1000-packet test weighs more than a 10-packet one). Keeping both parts lets a summary be
 * updated one point at a time, and a replaced point be subtracted again. Sums of non-integers pick up
 * rounding as points come and go; sums of integers are exact up to 2^53.
 */
public record Ratio(double numerator, double denominator) {

    /** Nothing summed yet. */
    public static final Ratio NONE = new Ratio(0, 0);

    /** @throws IllegalArgumentException if a part is not finite or the denominator is negative */
    public Ratio {
        if (!Double.isFinite(numerator) || !Double.isFinite(denominator)) {
            throw new IllegalArgumentException("Not a finite ratio: " + numerator + "/" + denominator);
        }
        if (denominator < 0) {
            throw new IllegalArgumentException("Negative denominator: " + denominator);
        }
    }

    /** One integer or float point, as it enters an average: the value over a count of 1. */
    public static Ratio ofPoint(double value) {
        return new Ratio(value, 1);
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    /** @throws IllegalArgumentException if that would leave a negative denominator */
    public Ratio minus(Ratio other) {
        return new Ratio(numerator - other.numerator, denominator - other.denominator);
    }

    /** True when no point is left, so there is no value and the summary point should go. */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /** @throws IllegalStateException if the denominator is 0 */
    public double value() {
        if (isEmpty()) {
            throw new IllegalStateException("A ratio with denominator 0 has no value");
        }
        return numerator / denominator;
    }
}
