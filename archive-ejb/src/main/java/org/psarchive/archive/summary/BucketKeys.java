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
        if (!isPlainDecimal(key)) {
            if (!DECIMAL.matcher(key).matches()) {
                return OptionalDouble.empty();
            }
        } else {
            double exact = shortDecimal(key);
            if (!Double.isNaN(exact)) {
                return OptionalDouble.of(exact);
            }
        }
        double value = Double.parseDouble(key);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** Powers of ten that a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * A plain decimal of at most 15 significant digits and 22 decimals, read without {@link Double#parseDouble}
     * (which the keys of every stored bin went through on each write), or NaN for any other. Its digits
     * make an integer below 2^53 and the power of ten is exact, so the one division rounds correctly:
     * the same double that parseDouble returns.
     */
    private static double shortDecimal(String key) {
        long digits = 0;
        int significant = 0;
        int decimals = -1;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.') {
                decimals = 0;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (digits != 0 && ++significant > 15) {
                return Double.NaN;
            }
            if (decimals >= 0 && ++decimals >= EXACT_POWERS_OF_TEN.length) {
                return Double.NaN;
            }
        }
        return decimals <= 0 ? digits : digits / EXACT_POWERS_OF_TEN[decimals];
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
