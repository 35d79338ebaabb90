package org.psarchive.archive.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The samples a numeric histogram stands for, in ascending order, without expanding them: each bucket's value
 * with the running count of samples up to and including it. The i-th smallest sample is found by binary search,
 * so a histogram of 10^12 samples costs no more than its number of buckets.
 */
final class BucketedSamples {

    private final double[] values;
    private final long[] counts;
    private final long[] runningCounts;

    private BucketedSamples(double[] values, long[] counts) {
        this.values = values;
        this.counts = counts;
        this.runningCounts = new long[counts.length];
        long running = 0;
        for (int i = 0; i < counts.length; i++) {
            running = Math.addExact(running, counts[i]);
            runningCounts[i] = running;
        }
    }

    /** Empty if the histogram has no samples or any key is not a number. */
    static Optional<BucketedSamples> of(Histogram histogram) {
        int size = histogram.size();
        double[] values = new double[size];
        long[] counts = new long[size];
        for (int i = 0; i < size; i++) {
            BucketKey key = histogram.key(i);
            if (!key.numeric()) {
                return Optional.empty();
            }
            values[i] = key.value();
            counts[i] = histogram.count(i);
        }
        // Histogram keeps numeric keys in ascending order and never keeps empty buckets.
        return size == 0 ? Optional.empty() : Optional.of(new BucketedSamples(values, counts));
    }

    long size() {
        return runningCounts[runningCounts.length - 1];
    }

    double minimum() {
        return values[0];
    }

    double maximum() {
        return values[values.length - 1];
    }

    double mean() {
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            total += values[i] * counts[i];
        }
        return total / size();
    }

    /** Population variance (divided by N, not N - 1), as esmond computes it. */
    double variance(double mean) {
        double squares = 0;
        for (int i = 0; i < values.length; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation * counts[i];
        }
        return squares / size();
    }

    /** Every value whose bucket has the top count, ascending. */
    List<Double> modes() {
        long top = Arrays.stream(counts).max().orElseThrow();
        List<Double> modes = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (counts[i] == top) {
                modes.add(values[i]);
            }
        }
        return modes;
    }

    /**
     * The NIST percentile (Engineering Statistics Handbook 7.2.5.2): rank p/100·(N+1) among the N sorted
     * samples, interpolated linearly between the samples either side of it, and clamped to the smallest or
     * largest sample when the rank falls before the first or after the last. The arithmetic is done the way
     * esmond does it, so the doubles agree to the last bit.
     */
    double percentile(int percent) {
        double rank = (percent / 100.0) * (size() + 1);
        double whole = Math.floor(rank);
        double fraction = rank - whole;
        if (whole < 1) {
            return sample(1);
        }
        if (whole >= size()) {
            return sample(size());
        }
        double lower = sample((long) whole);
        double upper = sample((long) whole + 1);
        // Both neighbours in one bucket: esmond takes the bucket value as it is.
        return lower == upper ? lower : lower + fraction * (upper - lower);
    }

    /** The sample at 1-based position {@code rank} in ascending order. */
    private double sample(long rank) {
        int found = Arrays.binarySearch(runningCounts, rank);
        return values[found >= 0 ? found : -found - 1];
    }
}
