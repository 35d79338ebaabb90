package org.psarchive.archive.metadata;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Free-form metadata parameters are stored and returned as strings, the way esmond's Python
 * {@code str()} wrote them: {@code 20} → "20", {@code 26.0} → "26.0", {@code true} → "True". Clients
 * and the pScheduler archiver compare these strings, so the conversion is part of the wire format.
 */
final class PythonText {

    private PythonText() {
    }

    static String of(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> "True";
            case FALSE -> "False";
            case NULL -> "None";
            default -> value.toString();
        };
    }

    private static String number(JsonNumber number) {
        if (number.isIntegral()) {
            return number.bigDecimalValue().toBigInteger().toString();
        }
        return Double.toString(number.doubleValue()).replace("E", "e");
    }
}
