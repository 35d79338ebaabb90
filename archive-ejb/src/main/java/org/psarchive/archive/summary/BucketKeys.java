package org.psarchive.archive.summary;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How a histogram bucket key is read as a number (the order of buckets is {@link BucketKey}'s). */
final class BucketKeys {

    /**
     * The finite decimals that Python's {@code float()} accepts, which is esmond's test for a numeric bucket.
     * {@link Double#parseDouble} alone would also take "1f", "2d" and "0x1p3", which esmond treats as text.
     */
    private static final Pattern DECIMAL = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    private BucketKeys() {
    }

    /**
     * The number a bucket key stands for, or empty if it is not a finite decimal. "inf" and "nan", which
     * Python would accept, count as text here: no statistic of them could be written as JSON.
     */
    static OptionalDouble numericValue(String key) {
        if (!isPlainDecimal(key) && !DECIMAL.matcher(key).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(key);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * Digits with at most one point ("12", "0.25", "5."), the keys real tools write: accepted without the
     * regular expression, which is slower. The same strings the expression accepts.
     */
    private static boolean isPlainDecimal(String key) {
        int digits = 0;
        boolean point = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
