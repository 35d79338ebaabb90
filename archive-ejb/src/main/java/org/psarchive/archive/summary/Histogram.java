package org.psarchive.archive.summary;

import org.psarchive.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
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

    /** {@link #toJson()} as compact text, written without building the JSON object (a stored bin). */
    public String toJsonText() {
        StringWriter text = new StringWriter(16 * buckets.size() + 2);
        try (JsonGenerator json = Json.createGenerator(text)) {
            json.writeStartObject();
            buckets.forEach((key, count) -> json.write(key.text(), count.longValue()));
            json.writeEnd();
        }
        return text.toString();
    }

    /**
     * Reads a histogram stored as {@code {"bucket": count, ...}} (what {@link #toJsonText()} writes)
     * straight from its text, without building a JSON object.
     *
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static Histogram parse(String text) {
        TreeMap<BucketKey, Long> buckets = new TreeMap<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("not a stored histogram: " + text);
            }
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                if (parser.next() != JsonParser.Event.VALUE_NUMBER) {
                    throw new IllegalArgumentException("not a stored histogram: " + text);
                }
                long count = parser.getLong();
                if (count < 0) {
                    throw new IllegalArgumentException("Bucket " + key + " has a negative count: " + count);
                }
                if (count > 0) {
                    buckets.put(BucketKey.of(key), count);
                }
            }
        }
        return new Histogram(buckets);
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
