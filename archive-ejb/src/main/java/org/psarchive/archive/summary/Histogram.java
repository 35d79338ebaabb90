package org.psarchive.archive.summary;

import org.psarchive.platform.json.Jsonp;
import org.psarchive.platform.json.JsonLiterals;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A histogram as esmond stores it: bucket key, spelled as posted ("12.5", "3", or any text), to the number of
 * samples in that bucket. Immutable. Buckets with a count of 0 hold no samples and are not kept, so two
 * histograms of the same samples are equal, and a replaced point can be taken out of an aggregation exactly.
 *
 * <p>Held as two arrays in bucket order, and read and written as text by hand: every pScheduler result
 * rewrites its day's and hour's aggregation bins, some 500 buckets each, and a tree map with the JSON-P
 * parser and generator cost a sixth of the platform's CPU per result (bin/bench archive).
 */
public final class Histogram {

    public static final Histogram EMPTY = new Histogram(new BucketKey[0], new long[0]);

    /** Strictly ascending in {@link BucketKey} order; each key read as a number once. */
    private final BucketKey[] keys;
    /** The count of each key, every one above 0. */
    private final long[] counts;

    private Histogram(BucketKey[] keys, long[] counts) {
        this.keys = keys;
        this.counts = counts;
    }

    /** @throws IllegalArgumentException if a count is negative */
    public static Histogram of(Map<String, Long> buckets) {
        TreeMap<BucketKey, Long> sorted = new TreeMap<>();
        buckets.forEach((key, count) -> {
            Objects.requireNonNull(key, "bucket key");
            Objects.requireNonNull(count, () -> "count of bucket " + key);
            if (count < 0) {
                throw negative(key, count);
            }
            if (count > 0) {
                sorted.put(BucketKey.of(key), count);
            }
        });
        return of(sorted);
    }

    private static Histogram of(TreeMap<BucketKey, Long> sorted) {
        BucketKey[] keys = sorted.keySet().toArray(new BucketKey[0]);
        long[] counts = new long[keys.length];
        int i = 0;
        for (long count : sorted.values()) {
            counts[i++] = count;
        }
        return new Histogram(keys, counts);
    }

    /** The bucket-wise sum: esmond's histogram aggregation. */
    public Histogram plus(Histogram other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        BucketKey[] sumKeys = new BucketKey[keys.length + other.keys.length];
        long[] sumCounts = new long[sumKeys.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < keys.length || j < other.keys.length) {
            int order = i == keys.length ? 1 : j == other.keys.length ? -1 : keys[i].compareTo(other.keys[j]);
            if (order < 0) {
                sumKeys[n] = keys[i];
                sumCounts[n++] = counts[i++];
            } else if (order > 0) {
                sumKeys[n] = other.keys[j];
                sumCounts[n++] = other.counts[j++];
            } else {
                sumKeys[n] = keys[i];
                sumCounts[n++] = Math.addExact(counts[i++], other.counts[j++]);
            }
        }
        return new Histogram(Arrays.copyOf(sumKeys, n), Arrays.copyOf(sumCounts, n));
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
        BucketKey[] restKeys = new BucketKey[keys.length];
        long[] restCounts = new long[keys.length];
        int i = 0;
        int n = 0;
        for (int j = 0; j < other.keys.length; j++) {
            while (i < keys.length && keys[i].compareTo(other.keys[j]) < 0) {
                restKeys[n] = keys[i];
                restCounts[n++] = counts[i++];
            }
            long held = i < keys.length && keys[i].equals(other.keys[j]) ? counts[i] : 0;
            if (other.counts[j] > held) {
                throw new IllegalArgumentException("Cannot remove " + other.counts[j] + " samples from bucket "
                        + other.keys[j].text() + ", which holds " + held);
            }
            if (other.counts[j] < held) {
                restKeys[n] = keys[i];
                restCounts[n++] = held - other.counts[j];
            }
            i++;
        }
        while (i < keys.length) {
            restKeys[n] = keys[i];
            restCounts[n++] = counts[i++];
        }
        return new Histogram(Arrays.copyOf(restKeys, n), Arrays.copyOf(restCounts, n));
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** Unmodifiable, in bucket order: numeric keys first in numeric order, then any text keys in string order. */
    public Map<String, Long> buckets() {
        Map<String, Long> view = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            view.put(keys[i].text(), counts[i]);
        }
        return Collections.unmodifiableMap(view);
    }

    /** How many buckets hold samples. */
    int size() {
        return keys.length;
    }

    /** The key of bucket {@code i}, in bucket order (for the statistics). */
    BucketKey key(int i) {
        return keys[i];
    }

    /** The count of bucket {@code i}, in bucket order. */
    long count(int i) {
        return counts[i];
    }

    /** The histogram as esmond returns it: {@code {"bucket": count, ...}}. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Jsonp.createObjectBuilder();
        for (int i = 0; i < keys.length; i++) {
            json.add(keys[i].text(), counts[i]);
        }
        return json.build();
    }

    /** {@link #toJson()} as compact text, as the JSON-P generator writes it (a stored bin). */
    public String toJsonText() {
        StringBuilder text = new StringBuilder(16 * keys.length + 2).append('{');
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            JsonLiterals.appendString(text, keys[i].text());
            text.append(':').append(counts[i]);
        }
        return text.append('}').toString();
    }

    /**
     * Reads a histogram stored as {@code {"bucket": count, ...}} (what {@link #toJsonText()} writes). The
     * compact form that method writes is read directly; any other spelling of such an object (spaces,
     * escapes in keys, keys out of order) goes through the JSON-P parser.
     *
     * @throws IllegalArgumentException if the text is not such an object
     */
    public static Histogram parse(String text) {
        Histogram compact = parseCompact(text);
        return compact != null ? compact : parseAnyJson(text);
    }

    /** The compact form with plain keys in bucket order and plain counts, or null for anything else. */
    private static Histogram parseCompact(String text) {
        int length = text.length();
        if (length < 2 || text.charAt(0) != '{' || text.charAt(length - 1) != '}') {
            return null;
        }
        if (length == 2) {
            return EMPTY;
        }
        int capacity = Math.max(4, length / 8);
        BucketKey[] keys = new BucketKey[capacity];
        long[] counts = new long[capacity];
        int n = 0;
        int at = 1;
        while (true) {
            if (text.charAt(at) != '"') {
                return null;
            }
            int close = at + 1;
            while (close < length && text.charAt(close) != '"' && text.charAt(close) != '\\') {
                close++;
            }
            if (close + 2 >= length || text.charAt(close) != '"' || text.charAt(close + 1) != ':') {
                return null; // an escape in the key, or no count after it
            }
            int digit = close + 2;
            long count = 0;
            while (digit < length && text.charAt(digit) >= '0' && text.charAt(digit) <= '9') {
                if (count > (Long.MAX_VALUE - 9) / 10) {
                    return null;
                }
                count = count * 10 + (text.charAt(digit++) - '0');
            }
            if (digit == close + 2 || digit >= length || (text.charAt(close + 2) == '0' && digit > close + 3)) {
                return null;
            }
            if (count > 0) {
                BucketKey key = BucketKey.of(text.substring(at + 1, close));
                if (n > 0 && keys[n - 1].compareTo(key) >= 0) {
                    return null;
                }
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * n);
                    counts = Arrays.copyOf(counts, 2 * n);
                }
                keys[n] = key;
                counts[n++] = count;
            }
            char next = text.charAt(digit);
            if (next == '}') {
                return digit == length - 1 ? new Histogram(Arrays.copyOf(keys, n), Arrays.copyOf(counts, n)) : null;
            }
            if (next != ',') {
                return null;
            }
            at = digit + 1;
        }
    }

    private static Histogram parseAnyJson(String text) {
        TreeMap<BucketKey, Long> buckets = new TreeMap<>();
        try (JsonParser parser = Jsonp.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("not a stored histogram: " + text);
            }
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String key = parser.getString();
                if (parser.next() != JsonParser.Event.VALUE_NUMBER) {
                    throw new IllegalArgumentException("not a stored histogram: " + text);
                }
                long count;
                try {
                    count = parser.getBigDecimal().longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("Bucket " + key + " has no whole count: " + parser.getString());
                }
                if (count < 0) {
                    throw negative(key, count);
                }
                if (count > 0) {
                    buckets.put(BucketKey.of(key), count);
                }
            }
            if (parser.hasNext()) {
                throw new IllegalArgumentException("not a stored histogram: " + text);
            }
        } catch (jakarta.json.JsonException e) {
            throw new IllegalArgumentException("not a stored histogram: " + text, e);
        }
        return of(buckets);
    }

    private static IllegalArgumentException negative(String key, long count) {
        return new IllegalArgumentException("Bucket " + key + " has a negative count: " + count);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram histogram && Arrays.equals(keys, histogram.keys)
                && Arrays.equals(counts, histogram.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return buckets().toString();
    }
}
