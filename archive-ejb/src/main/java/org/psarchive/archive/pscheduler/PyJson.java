package org.psarchive.archive.pscheduler;

import org.psarchive.platform.json.Jsonp;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.Optional;
import org.psarchive.platform.error.InvalidInputException;

/**
 * The few Python semantics the esmond archiver's output depends on, applied to JSON values:
 * truthiness, {@code int} versus {@code float} (a JSON number without fraction or exponent is a
 * Python {@code int}), subtraction, ordering and {@code int()}.
 */
final class PyJson {

    /** Orders stream ids as Python's {@code sorted}: numbers by value, strings by code point. */
    static final Comparator<JsonValue> ORDER = Comparator
            .comparing((JsonValue v) -> v instanceof JsonNumber ? 0 : v instanceof JsonString ? 1 : 2)
            .thenComparing((a, b) -> a instanceof JsonNumber x && b instanceof JsonNumber y
                    ? x.bigDecimalValue().compareTo(y.bigDecimalValue())
                    : a instanceof JsonString x && b instanceof JsonString y
                    ? x.getString().compareTo(y.getString()) : 0);

    private PyJson() {
    }

    /** {@code bool(value)}: null, false, 0, "", [] and {} are false; absent ({@code null}) too. */
    static boolean truthy(JsonValue value) {
        if (value == null) {
            return false;
        }
        return switch (value.getValueType()) {
            case NULL, FALSE -> false;
            case TRUE -> true;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().signum() != 0;
            case STRING -> !((JsonString) value).getString().isEmpty();
            case ARRAY -> !value.asJsonArray().isEmpty();
            case OBJECT -> !value.asJsonObject().isEmpty();
        };
    }

    /** {@code obj.get(key)} is present and not None. */
    static boolean present(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** {@code value > 1} for a spec number such as {@code parallel}; false when absent. */
    static boolean greaterThanOne(JsonValue value) {
        return value instanceof JsonNumber number && number.bigDecimalValue().compareTo(BigDecimal.ONE) > 0;
    }

    /** {@code end - start}: an int when both are ints, else a float. */
    static JsonNumber minus(JsonValue end, JsonValue start, String where) {
        if (!(end instanceof JsonNumber e) || !(start instanceof JsonNumber s)) {
            throw new InvalidInputException(where + ": 'start' and 'end' must be numbers.");
        }
        if (e.isIntegral() && s.isIntegral()) {
            return Jsonp.createValue(e.bigIntegerValue().subtract(s.bigIntegerValue()));
        }
        return Jsonp.createValue(e.doubleValue() - s.doubleValue());
    }

    /** Python {@code int(value)}, or empty where it raises. */
    static Optional<BigInteger> toInt(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.bigDecimalValue().toBigInteger());
        }
        if (value instanceof JsonString text && text.getString().strip().matches("[+-]?\\d+")) {
            return Optional.of(new BigInteger(text.getString().strip()));
        }
        return switch (value.getValueType()) {
            case TRUE -> Optional.of(BigInteger.ONE);
            case FALSE -> Optional.of(BigInteger.ZERO);
            default -> Optional.empty();
        };
    }

}
