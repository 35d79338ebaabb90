package org.psarchive.archive.summary;

import org.psarchive.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A histogram as esmond stores it: bucket key, spelled as posted ("12.5", "3", or any text), to the number of
 * samples in that bucket. Immutable. Buckets with a count of 0 hold no samples and are not kept, so two
 * histograms of the same samples are equal, and a replaced point can be taken out of an aggregation exactly.
 */
public final class Histogram {

    public static final Histogram EMPTY = new Histogram(new TreeMap<>());

    /** Each key read as a number once ({@link BucketKey}), in bucket order. */
    private final TreeMap<BucketKey, Long> buckets;

    private Histogram(TreeMap<BucketKey, Long> buckets) {
        this.buckets = buckets;
    }

    /** @throws IllegalArgumentException if a count is negative */
    public static Histogram of(Map<String, Long> buckets) {
        TreeMap<BucketKey, Long> copy = new TreeMap<>();
        buckets.forEach((key, count) -> {
            Objects.requireNonNull(key, "bucket key");
            Objects.requireNonNull(count, () -> "count of bucket " + key);
            if (count < 0) {
                throw new IllegalArgumentException("Bucket " + key + " has a negative count: " + count);
            }
            if (count > 0) {
                copy.put(BucketKey.of(key), count);
            }
        });
        return new Histogram(copy);
    }

    /** The bucket-wise sum: esmond's histogram aggregation. */
    public Histogram plus(Histogram other) {
        TreeMap<BucketKey, Long> sum = new TreeMap<>(buckets);
        other.buckets.forEach((key, count) -> sum.merge(key, count, Math::addExact));
        return new Histogram(sum);
    }

    /**
     * The bucket-wise difference, for taking a re-posted point's old histogram out of an aggregation before
     * adding the new one, so no sample is counted twice. Buckets that reach 0 disappear.
     *
     * @throws IllegalArgumentException if {@code other} holds samples this histogram does not
     */
    public Histogram minus(Histogram other) {
        if (other.isEmpty()) {
            return this;
        }
        TreeMap<BucketKey, Long> difference = new TreeMap<>(buckets);
        other.buckets.forEach((key, count) -> {
            long held = difference.getOrDefault(key, 0L);
            if (count > held) {
                throw new IllegalArgumentException("Cannot remove " + count + " samples from bucket " + key.text()
                        + ", which holds " + held);
            }
            if (count == held) {
                difference.remove(key);
            } else {
                difference.put(key, held - count);
            }
        });
        return new Histogram(difference);
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** Unmodifiable, in bucket order: numeric keys first in numeric order, then any text keys in string order. */
    public Map<String, Long> buckets() {
        Map<String, Long> view = new LinkedHashMap<>();
        buckets.forEach((key, count) -> view.put(key.text(), count));
        return Collections.unmodifiableMap(view);
    }

    /** The buckets with their keys read as numbers, in bucket order (for the statistics). */
    Map<BucketKey, Long> keyedBuckets() {
        return Collections.unmodifiableMap(buckets);
    }

    /** The histogram as esmond returns it: {@code {"bucket": count, ...}}. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        buckets.forEach((key, count) -> json.add(key.text(), count.longValue()));
        return json.build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram histogram && buckets.equals(histogram.buckets);
    }

    @Override
    public int hashCode() {
        return buckets.hashCode();
    }

    @Override
    public String toString() {
        return buckets().toString();
    }
}
