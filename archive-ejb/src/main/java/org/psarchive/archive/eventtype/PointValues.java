package org.psarchive.archive.eventtype;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.psarchive.archive.eventtype.PointValue.Document;
import org.psarchive.archive.eventtype.PointValue.HistogramValue;
import org.psarchive.archive.eventtype.PointValue.Numeric;
import org.psarchive.archive.eventtype.PointValue.Ratio;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Checks a posted {@code val} against its data type and converts it, as esmond's validators do.
 * Integers follow Python 2 {@code long()}: {@code "112"} and {@code " 112 "} are accepted, a
 * fractional number is truncated toward zero, {@code true}/{@code false} count as 1/0, and
 * {@code "1.5"} or {@code "1e3"} are refused. Floats follow {@code float()} but keep full double
 * precision (esmond kept four decimals) and refuse NaN and infinities, which JSON cannot return.
 * Where esmond answered 500 (a {@code null} or array where a number belongs) this gives a 400.
 * Two rules are stricter than esmond's: integers must fit in 64 bits, and histogram counts must
 * not be negative.
 */
public final class PointValues {

    private static final String INTERVAL_FIELDS = "'start', 'duration' and 'val'";

    private PointValues() {
    }

    /** The value {@code value} (the posted {@code val}, {@code null} if absent) for {@code type}. */
    public static PointValue coerce(DataType type, JsonValue value) {
        Objects.requireNonNull(type, "type");
        if (value == null) {
            throw new InvalidInputException("Missing value: a data point needs a 'val' field");
        }
        return switch (type) {
            case INTEGER -> new Numeric(integer(value, "Value"));
            case FLOAT -> new Numeric(floating(value));
            case PERCENTAGE -> ratio(value);
            case HISTOGRAM -> histogram(value);
            case SUBINTERVAL -> subintervals(value);
            case JSON -> new Document(value);
        };
    }

    private static long integer(JsonValue value, String subject) {
        BigInteger integer = PythonNumbers.toInteger(value).orElseThrow(() -> invalid(
                subject + " must be an integer (a number or a string of digits), got " + ValueText.of(value)));
        if (integer.bitLength() > 63) {
            throw invalid(subject + " must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
                    + ", got " + ValueText.of(value));
        }
        return integer.longValue();
    }

    private static double floating(JsonValue value) {
        double d = PythonNumbers.toFloat(value).orElseThrow(() -> invalid(
                "Value must be a floating point number, got " + ValueText.of(value)));
        if (!Double.isFinite(d)) {
            throw invalid("Value must be a finite floating point number (NaN and Infinity cannot be stored), got "
                    + ValueText.of(value));
        }
        return d;
    }

    private static Ratio ratio(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw invalid("Value must be an object with integer fields 'numerator' and 'denominator', got "
                    + ValueText.of(value));
        }
        for (String field : new String[] {"numerator", "denominator"}) {
            if (!object.containsKey(field)) {
                throw invalid("Missing required field '" + field + "' in percentage value " + ValueText.of(value));
            }
        }
        long numerator = integer(object.get("numerator"), "The field 'numerator'");
        long denominator = integer(object.get("denominator"), "The field 'denominator'");
        if (denominator <= 0) {
            throw invalid("The field 'denominator' must be greater than 0, got " + denominator);
        }
        if (numerator < 0) {
            throw invalid("The field 'numerator' cannot be negative, got " + numerator);
        }
        return new Ratio(numerator, denominator);
    }

    private static HistogramValue histogram(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw invalid("Invalid histogram provided: expected an object mapping each bucket to an integer count, got "
                    + ValueText.of(value));
        }
        Map<String, Long> buckets = new LinkedHashMap<>();
        object.forEach((bucket, posted) -> {
            String subject = "Value of histogram bucket '" + bucket + "'";
            long count = integer(posted, subject);
            if (count < 0) {
                throw invalid(subject + " cannot be negative, got " + ValueText.of(posted));
            }
            buckets.put(bucket, count);
        });
        return new HistogramValue(buckets);
    }

    private static Document subintervals(JsonValue value) {
        if (!(value instanceof JsonArray intervals)) {
            throw invalid("Invalid subintervals provided: expected a non-empty array of objects with "
                    + INTERVAL_FIELDS + ", got " + ValueText.of(value));
        }
        if (intervals.isEmpty()) {
            throw invalid("Empty subinterval provided: expected at least one object with " + INTERVAL_FIELDS);
        }
        for (int position = 1; position <= intervals.size(); position++) {
            JsonValue element = intervals.get(position - 1);
            if (!(element instanceof JsonObject interval)) {
                throw invalid("Interval at position " + position + " must be an object with " + INTERVAL_FIELDS
                        + ", got " + ValueText.of(element));
            }
            for (String field : new String[] {"start", "duration", "val"}) {
                if (!interval.containsKey(field)) {
                    throw invalid("Interval must contain '" + field + "' field at position " + position);
                }
            }
            for (String field : new String[] {"start", "duration"}) {
                if (PythonNumbers.toFloat(interval.get(field)).isEmpty()) {
                    throw invalid("Subinterval '" + field + "' must be a floating point number at position "
                            + position + ", got " + ValueText.of(interval.get(field)));
                }
            }
        }
        return new Document(value);
    }

    private static InvalidInputException invalid(String detail) {
        return new InvalidInputException(detail);
    }
}
