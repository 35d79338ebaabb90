package org.psarchive.registry;

/**
 * A free-text label (GOCDB {@code DESCRIPTION}, shown in MaDDash): at most 255 characters, none of
 * {@code " ' ` ; < >}, no control characters.
 */
public record Description(String value) {

    static final String FIELD = "description";
    private static final String FORBIDDEN = "\"'`;<>";

    public Description {
        if (value == null) {
            throw Field.invalid(FIELD, null, "must be a string.");
        }
        if (value.length() > 255) {
            throw Field.invalid(FIELD, value, "at most 255 characters (GOCDB DESCRIPTION).");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw Field.invalid(FIELD, value, "must not contain quotes, backtick, ';', '<' or '>' (GOCDB DESCRIPTION).");
            }
            if (Character.isISOControl(c)) {
                throw Field.invalid(FIELD, value, "must not contain control characters.");
            }
        }
    }

    /** The description, or null for a null or blank text (no description). */
    public static Description ofNullable(String text) {
        return text == null || text.isBlank() ? null : new Description(text.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
