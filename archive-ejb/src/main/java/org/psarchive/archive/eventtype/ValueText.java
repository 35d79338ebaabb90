package org.psarchive.archive.eventtype;

import jakarta.json.JsonValue;
import java.util.Locale;

/** A short description of a posted JSON value for error messages: {@code string "1.5"}. */
final class ValueText {

    private static final int MAX = 60;

    private ValueText() {
    }

    static String of(JsonValue value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        if (text.length() > MAX) {
            text = text.substring(0, MAX) + "...";
        }
        return switch (value.getValueType()) {
            case NULL, TRUE, FALSE -> text;
            default -> value.getValueType().name().toLowerCase(Locale.ROOT) + " " + text;
        };
    }
}
