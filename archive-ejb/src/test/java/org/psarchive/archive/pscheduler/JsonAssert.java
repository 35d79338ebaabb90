package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.TreeSet;

/**
 * Compares JSON as the archive would see it: objects whatever their member order, lists in order,
 * and numbers as Python sees them: an int (no fraction, no exponent) equals only the same int, a
 * float only a float of the same double value ({@code 0.10000000000000001} equals {@code 0.1}).
 */
final class JsonAssert {

    private JsonAssert() {
    }

    static void assertJsonEquals(JsonValue expected, JsonValue actual) {
        compare(expected, actual, "$");
    }

    private static void compare(JsonValue expected, JsonValue actual, String path) {
        if (actual == null || expected.getValueType() != actual.getValueType()) {
            fail(path + ": expected " + expected + " but was " + actual);
        }
        switch (expected.getValueType()) {
            case OBJECT -> {
                JsonObject e = expected.asJsonObject();
                JsonObject a = actual.asJsonObject();
                if (!e.keySet().equals(a.keySet())) {
                    TreeSet<String> missing = new TreeSet<>(e.keySet());
                    missing.removeAll(a.keySet());
                    TreeSet<String> extra = new TreeSet<>(a.keySet());
                    extra.removeAll(e.keySet());
                    fail(path + ": members differ; missing " + missing + ", unexpected " + extra);
                }
                e.forEach((key, value) -> compare(value, a.get(key), path + "." + key));
            }
            case ARRAY -> {
                JsonArray e = expected.asJsonArray();
                JsonArray a = actual.asJsonArray();
                if (e.size() != a.size()) {
                    fail(path + ": expected " + e.size() + " elements but was " + a.size() + ": " + a);
                }
                for (int i = 0; i < e.size(); i++) {
                    compare(e.get(i), a.get(i), path + "[" + i + "]");
                }
            }
            case NUMBER -> {
                JsonNumber e = (JsonNumber) expected;
                JsonNumber a = (JsonNumber) actual;
                boolean same = e.isIntegral() == a.isIntegral() && (e.isIntegral()
                        ? e.bigIntegerValue().equals(a.bigIntegerValue())
                        : Double.compare(e.doubleValue(), a.doubleValue()) == 0);
                if (!same) {
                    fail(path + ": expected " + e + " but was " + a);
                }
            }
            default -> {
                if (!expected.equals(actual)) {
                    fail(path + ": expected " + expected + " but was " + actual);
                }
            }
        }
    }
}
