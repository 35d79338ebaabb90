package org.psarchive.archive.summary;

import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** How a histogram bucket key is read as a number, and the order in which buckets are kept. */
final class BucketKeys {

    /**
     * The finite decimals that Python's {@code float()} accepts, which is esmond's test for a numeric bucket.
     * {@link Double#parseDouble} alone would also take "1f", "2d" and "0x1p3", which esmond treats as text.
     */
    private static final Pattern DECIMAL = Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*");

    /** Numeric keys by value (spelling breaks ties, so "3" and "3.0" stay distinct), then text keys. */
    static final Comparator<String> ORDER = BucketKeys::compare;

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
     * regular expression, which dominated histogram writes in bin/bench archive (it runs at every
     * comparison of a TreeMap of buckets). The same strings the expression accepts.
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

    private static int compare(String left, String right) {
        OptionalDouble leftValue = numericValue(left);
        OptionalDouble rightValue = numericValue(right);
        if (leftValue.isPresent() && rightValue.isPresent()) {
            int byValue = Double.compare(leftValue.getAsDouble(), rightValue.getAsDouble());
            return byValue != 0 ? byValue : left.compareTo(right);
        }
        if (leftValue.isPresent() != rightValue.isPresent()) {
            return leftValue.isPresent() ? -1 : 1;
        }
        return left.compareTo(right);
    }
}
