package org.psarchive.lookup;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.psarchive.platform.error.InvalidInputException;

/**
 * What a client registers: the record's data keys, each a list of strings, and the lease it asks
 * for. Parsed at the edge with sLS's input rules (a string becomes a one-element list; the server's
 * {@code uri}, {@code expires} and {@code state} are ignored), except that a value which is neither a
 * string nor a list of strings is refused with a 400 naming the key, where sLS silently drops it.
 */
public record RecordContent(String type, Map<String, List<String>> data, Optional<String> ttl) {

    /** Keys the server sets; a client's values for them are ignored. */
    /** A number's digits around its decimal point at most (its scale): more is refused, not written out. */
    static final int MAX_NUMBER_SCALE = 64;
    static final Set<String> SERVER_KEYS = Set.of("uri", "expires", "state");
    static final int MAX_KEY_LENGTH = 128;
    static final int MAX_VALUE_LENGTH = 65_535;
    static final int MAX_VALUES = 10_000;
    /**
     * Characters of all keys and values together. A host or service record of ls-registration-daemon is
     * a few kilobytes; the per-value limits alone let one anonymous record reach 650 MB.
     */
    static final int MAX_RECORD_CHARACTERS = 131_072;

    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** Words of the API's own paths, which a type (the first segment of a record's uri) must not shadow. */
    private static final Set<String> PATH_WORDS = Set.of("records", "communities", "activehosts.json", "subscribe",
            "bootstrap", "_search");

    public RecordContent {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static RecordContent fromJson(JsonObject body) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        Optional<String> ttl = Optional.empty();
        int count = 0;
        long characters = 0;
        for (Map.Entry<String, JsonValue> member : body.entrySet()) {
            String key = member.getKey();
            if (SERVER_KEYS.contains(key)) {
                continue;
            }
            checkKey(key);
            List<String> values = strings(key, member.getValue());
            if (key.equals("ttl")) {
                if (values.size() > 1) {
                    throw new InvalidInputException("'ttl' must be one ISO-8601 duration such as PT2H.");
                }
                ttl = values.stream().findFirst();
                continue;
            }
            count += values.size();
            if (count > MAX_VALUES) {
                throw new InvalidInputException("A record holds at most " + MAX_VALUES + " values.");
            }
            characters += key.length();
            for (String value : values) {
                characters += value.length();
            }
            if (characters > MAX_RECORD_CHARACTERS) {
                throw new InvalidInputException("A record holds at most " + MAX_RECORD_CHARACTERS
                        + " characters of keys and values together.");
            }
            data.put(key, values);
        }
        List<String> types = data.getOrDefault("type", List.of());
        if (types.size() != 1 || types.get(0).isBlank()) {
            throw new InvalidInputException("Invalid request. Please check the key-value pairs: 'type' must hold exactly"
                    + " one record type such as host, service, interface or person.");
        }
        String type = types.get(0);
        if (!TYPE.matcher(type).matches() || PATH_WORDS.contains(type)) {
            throw new InvalidInputException("Record type '" + type + "' is not allowed: use letters, digits, '-', '_'"
                    + " and '.', at most 64 characters, and none of " + PATH_WORDS + ".");
        }
        return new RecordContent(type, data, ttl);
    }

    /** The first {@code client-uuid}, which identifies the registering client (and may delete its records). */
    public Optional<String> clientUuid() {
        return data.getOrDefault("client-uuid", List.of()).stream().findFirst();
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Key '" + key + "' is not allowed: keys are 1 to " + MAX_KEY_LENGTH
                    + " printable characters.");
        }
        if (key.contains("operator") || key.equals("skip") || key.equals("maxresults")) {
            throw new InvalidInputException("Key '" + key + "' is reserved for queries.");
        }
    }

    private static List<String> strings(String key, JsonValue value) {
        if (value instanceof JsonArray array) {
            List<String> values = new ArrayList<>(array.size());
            for (JsonValue item : array) {
                values.add(text(key, item));
            }
            return values;
        }
        return List.of(text(key, value));
    }

    /**
     * A value as the record keeps it: a string as is; a number as its decimal text, as sLS kept it (Perl's
     * JSON::PP, the fallback where JSON::XS is missing, sends the sLS client's latitude and longitude as
     * numbers: {@code "location-latitude":[46.23]} is kept as {@code "46.23"}); anything else is refused.
     */
    private static String text(String key, JsonValue value) {
        if (value instanceof JsonString text) {
            return checked(key, text.getString());
        }
        if (value instanceof JsonNumber number) {
            java.math.BigDecimal decimal = number.bigDecimalValue();
            if (Math.abs((long) decimal.scale()) > MAX_NUMBER_SCALE) {
                // 1e999999999 written out would be a billion digits
                throw new InvalidInputException("The number in '" + key + "' has more than " + MAX_NUMBER_SCALE
                        + " digits around its decimal point; send it as a string.");
            }
            return checked(key, decimal.toPlainString());
        }
        throw notStrings(key, value);
    }

    private static String checked(String key, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidInputException("A value of '" + key + "' is longer than " + MAX_VALUE_LENGTH + " characters.");
        }
        return value;
    }

    private static InvalidInputException notStrings(String key, JsonValue value) {
        return new InvalidInputException("The value of '" + key + "' holds " + describe(value)
                + "; lookup record values are strings or numbers, or lists of them.");
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
        };
    }
}
