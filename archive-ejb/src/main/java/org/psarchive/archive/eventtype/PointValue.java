package org.psarchive.archive.eventtype;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A validated data value of one of the six data types, as produced by {@link PointValues#coerce}.
 * {@link #toJson()} gives the value as esmond returns it when the {@code base} series is read.
 */
public sealed interface PointValue
        permits PointValue.Numeric, PointValue.Ratio, PointValue.HistogramValue, PointValue.Document {

    JsonValue toJson();

    /** An integer or float value; integers are exact up to 2^53. Read back as a float. */
    record Numeric(double value) implements PointValue {

        public Numeric {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("Not a finite number: " + value);
            }
        }

        @Override
        public JsonValue toJson() {
            return PythonNumbers.floatJson(value);
        }

        /** The JSON text of {@link #toJson()} for any finite value, without building a JSON value. */
        public static String jsonText(double value) {
            return PythonNumbers.floatText(value);
        }
    }

    /** A percentage as counts, e.g. packets lost of packets sent. Read back as the float ratio. */
    record Ratio(long numerator, long denominator) implements PointValue {

        public Ratio {
            if (numerator < 0 || denominator <= 0) {
                throw new IllegalArgumentException("Need numerator >= 0 and denominator > 0: "
                        + numerator + "/" + denominator);
            }
        }

        public double value() {
            return (double) numerator / denominator;
        }

        @Override
        public JsonValue toJson() {
            return PythonNumbers.floatJson(value());
        }
    }

    /** Bucket label to count, in posted order. Read back as the object of counts. */
    record HistogramValue(Map<String, Long> buckets) implements PointValue {

        public HistogramValue {
            buckets = Collections.unmodifiableMap(new LinkedHashMap<>(buckets));
            buckets.forEach((bucket, count) -> {
                if (bucket == null || count == null || count < 0) {
                    throw new IllegalArgumentException("Bad histogram bucket " + bucket + ": " + count);
                }
            });
        }

        @Override
        public JsonValue toJson() {
            JsonObjectBuilder object = Jsonp.createObjectBuilder();
            buckets.forEach(object::add);
            return object.build();
        }
    }

    /** A subinterval list or a free-form JSON value, stored and read back as posted. */
    record Document(JsonValue json) implements PointValue {

        public Document {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public JsonValue toJson() {
            return json;
        }
    }
}
