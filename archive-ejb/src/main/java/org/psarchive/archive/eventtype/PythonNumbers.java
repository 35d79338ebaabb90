package org.psarchive.archive.eventtype;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Python 2's {@code long()} and {@code float()} applied to a value parsed from JSON, which is
 * what esmond's validators do. JSON strings are Unicode in Python 2, so surrounding Unicode
 * whitespace and non-ASCII decimal digits are accepted, as there. Python 2's trailing {@code L}
 * ({@code long("10L")}) is deliberately not accepted.
 */
final class PythonNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)");
    private static final int MAX_DIGITS = 40;
    /** Python 3.11's own limit on int(str); keeps a huge string from costing quadratic time. */
    private static final int MAX_TEXT_DIGITS = 4300;
    private static final BigDecimal PYTHON_REPR_PLAIN_LIMIT = new BigDecimal("1e16");

    private PythonNumbers() {
    }

    /**
     * {@code long(value)}: an integer as is, a fractional number truncated toward zero, a boolean
     * as 1 or 0, a string of decimal digits with an optional sign. Empty where Python raises,
     * including for the infinity a JSON number like {@code 1e400} becomes.
     */
    static Optional<BigInteger> toInteger(JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE ? BigInteger.ONE : BigInteger.ZERO);
        }
        if (value instanceof JsonNumber number) {
            BigDecimal exact = number.bigDecimalValue();
            if (exact.scale() <= 0 && exact.precision() - exact.scale() <= MAX_DIGITS) {
                return Optional.of(exact.toBigInteger());
            }
            double d = number.doubleValue(); // Python's json module reads "1.5" or "1e400" as a float
            return Double.isFinite(d) ? Optional.of(new BigDecimal(d).toBigInteger()) : Optional.empty();
        }
        if (value instanceof JsonString string) {
            return integerText(string.getString());
        }
        return Optional.empty();
    }

    /**
     * The integer a JSON number is exactly ({@code 300}, {@code 300.0}, {@code 3e2}); empty if it
     * has a fraction or more than {@value #MAX_DIGITS} digits (no huge allocation for {@code 1e999999}).
     */
    static Optional<BigInteger> wholeNumber(BigDecimal number) {
        if (number.signum() == 0) {
            return Optional.of(BigInteger.ZERO);
        }
        BigDecimal stripped = number.stripTrailingZeros();
        boolean whole = stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_DIGITS;
        return whole ? Optional.of(stripped.toBigInteger()) : Optional.empty();
    }

    /**
     * {@code int(text)}/{@code long(text)} in base 10: whitespace, sign, whitespace, digits (at
     * most {@value #MAX_TEXT_DIGITS}).
     */
    static Optional<BigInteger> integerText(String text) {
        String s = strip(text);
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i = 1;
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
        }
        String digits = asciiDigits(s.substring(i));
        boolean decimal = digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits.isEmpty() || digits.length() > MAX_TEXT_DIGITS || !decimal) {
            return Optional.empty();
        }
        BigInteger magnitude = new BigInteger(digits);
        return Optional.of(negative ? magnitude.negate() : magnitude);
    }

    /**
     * {@code float(value)}: a number, a boolean as 1.0 or 0.0, or a decimal string; NaN and
     * infinities included ({@code "nan"}, {@code "-inf"}, {@code "1e500"}). Empty where Python raises.
     */
    static OptionalDouble toFloat(JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return OptionalDouble.of(value == JsonValue.TRUE ? 1.0 : 0.0);
        }
        if (value instanceof JsonNumber number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (value instanceof JsonString string) {
            String s = asciiDigits(strip(string.getString()));
            String lower = s.toLowerCase(Locale.ROOT);
            if (NON_FINITE.matcher(lower).matches()) {
                return OptionalDouble.of(lower.contains("nan") ? Double.NaN
                        : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            return DECIMAL.matcher(s).matches() ? OptionalDouble.of(Double.parseDouble(s)) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    /**
     * A finite double as a JSON number written the way Python writes a float: integral values
     * below 10^16 keep a ".0" ({@code 7016320000.0}); others in their shortest decimal form.
     */
    static JsonNumber floatJson(double value) {
        return Jsonp.createValue(floatDecimal(value));
    }

    /** {@link #floatJson} as the text a JSON writer puts out, for answers written without a JSON tree. */
    static String floatText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e16) {
            return (long) value + ".0"; // counts and byte totals, most of what is read: no BigDecimal per point
        }
        return floatDecimal(value).toString();
    }

    private static BigDecimal floatDecimal(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        boolean integral = decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        if (integral && decimal.abs().compareTo(PYTHON_REPR_PLAIN_LIMIT) < 0) {
            decimal = decimal.setScale(1);
        }
        return decimal;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Python 2's {@code unicode.isspace}. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Any Unicode decimal digit becomes its ASCII digit, as Python does before parsing. */
    private static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
