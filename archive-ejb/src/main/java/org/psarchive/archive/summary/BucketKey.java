package org.psarchive.archive.summary;

import java.util.OptionalDouble;

/**
 * A histogram bucket key, read as a number once: a TreeMap of buckets compares keys at every step, and
 * parsing the keys there dominated histogram writes in bin/bench archive.
 *
 * @param text the key as posted
 * @param value its number when {@code numeric}
 */
record BucketKey(String text, double value, boolean numeric) implements Comparable<BucketKey> {

    static BucketKey of(String text) {
        OptionalDouble value = BucketKeys.numericValue(text);
        return new BucketKey(text, value.orElse(0), value.isPresent());
    }

    /** Numeric keys by value (spelling breaks ties, so "3" and "3.0" stay distinct), then text keys. */
    @Override
    public int compareTo(BucketKey other) {
        if (numeric && other.numeric) {
            int byValue = Double.compare(value, other.value);
            return byValue != 0 ? byValue : text.compareTo(other.text);
        }
        if (numeric != other.numeric) {
            return numeric ? -1 : 1;
        }
        return text.compareTo(other.text);
    }
}
