package org.psarchive.archive.eventtype;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.psarchive.platform.error.InvalidInputException;

/**
 * Checks the {@code summaries} of one {@code event-types} entry of a posted metadata record, in
 * esmond's order: {@code summary-type} present and known, {@code base} skipped, the type allowed
 * for the event type's data type, {@code summary-window} present and an integer ({@code 300} or
 * {@code "300"}). Stricter than esmond, which let these through: a negative window, a fractional
 * window ({@code 300.5}) and a boolean window are refused; {@code 300.0} is accepted as 300.
 */
public final class Summaries {

    /** esmond's summary types, as its message lists them (minimum and maximum are for our interface rates only). */
    private static final String KNOWN = Arrays.stream(SummaryType.values()).filter(type -> !type.isExtreme())
            .map(SummaryType::wireName).collect(Collectors.joining(", "));

    private Summaries() {
    }

    /**
     * The distinct summaries requested, in posted order, without {@code base}.
     *
     * @param summaries the posted {@code summaries} value; {@code null} or JSON null means none
     */
    public static Set<Summary> validate(EventType eventType, JsonValue summaries) {
        if (summaries == null || summaries == JsonValue.NULL) {
            return Set.of();
        }
        if (!(summaries instanceof JsonArray list)) {
            throw invalid("'summaries' of event type '" + eventType.name() + "' must be an array, got "
                    + ValueText.of(summaries));
        }
        Set<Summary> result = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            summary(eventType, list.get(i), "summary " + (i + 1) + " of event type '" + eventType.name() + "'")
                    .ifPresent(result::add);
        }
        return Collections.unmodifiableSet(result);
    }

    private static Optional<Summary> summary(EventType eventType, JsonValue posted, String where) {
        if (!(posted instanceof JsonObject summary)) {
            throw invalid("Each summary must be an object with 'summary-type' and 'summary-window', got "
                    + ValueText.of(posted) + " (" + where + ")");
        }
        if (!summary.containsKey("summary-type")) {
            throw invalid("Summary must contain summary-type (" + where + ")");
        }
        JsonValue typeName = summary.get("summary-type");
        SummaryType type = Optional.of(typeName)
                .filter(JsonString.class::isInstance).map(t -> ((JsonString) t).getString())
                .flatMap(SummaryType::fromWireName)
                .orElseThrow(() -> invalid("Invalid summary type " + ValueText.of(typeName) + " (" + where
                        + "); expected one of " + KNOWN));
        if (type == SummaryType.BASE) {
            return Optional.empty();
        }
        DataType dataType = eventType.dataType();
        if (!eventType.allowedSummaries().contains(type)) {
            throw invalid("Summary type " + type.wireName() + " not allowed for event-type " + eventType.name()
                    + " (data type " + dataType.wireName() + " allows " + allowed(dataType) + ")");
        }
        if (!summary.containsKey("summary-window")) {
            throw invalid("Summary must contain summary-window (" + where + ")");
        }
        return Optional.of(new Summary(type, window(summary.get("summary-window"), where)));
    }

    private static long window(JsonValue posted, String where) {
        BigInteger window = integral(posted).orElseThrow(() -> invalid("Summary window must be an integer"
                + " number of seconds, got " + ValueText.of(posted) + " (" + where + ")"));
        if (window.signum() < 0) {
            throw invalid("Summary window cannot be negative, got " + ValueText.of(posted) + " (" + where + ")");
        }
        if (window.bitLength() > 63) {
            throw invalid("Summary window is too large, got " + ValueText.of(posted) + " (" + where + ")");
        }
        return window.longValue();
    }

    private static Optional<BigInteger> integral(JsonValue posted) {
        if (posted instanceof JsonNumber number) {
            return PythonNumbers.wholeNumber(number.bigDecimalValue());
        }
        if (posted instanceof JsonString string) {
            return PythonNumbers.integerText(string.getString());
        }
        return Optional.empty();
    }

    private static String allowed(DataType dataType) {
        return dataType.allowedSummaries().isEmpty() ? "no summaries"
                : dataType.allowedSummaries().stream().map(SummaryType::wireName).collect(Collectors.joining(", "));
    }

    private static InvalidInputException invalid(String detail) {
        return new InvalidInputException(detail);
    }
}
