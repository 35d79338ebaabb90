package org.psarchive.registry;

/**
 * A community such as {@code WLCG} or {@code ATLAS}, as sLS's {@code group-communities}: case-sensitive,
 * not blank, at most 64 characters, no commas (sLS queries split values on commas), no control characters.
 * Surrounding white space is not part of it.
 */
public record Community(String value) {

    static final String FIELD = "community";

    public Community {
        if (value == null || value.isBlank()) {
            throw Field.invalid(FIELD, value, "must not be blank.");
        }
        value = value.strip();
        if (value.length() > 64) {
            throw Field.invalid(FIELD, value, "at most 64 characters.");
        }
        if (value.indexOf(',') >= 0) {
            throw Field.invalid(FIELD, value, "must not contain ',' (sLS queries split values on commas).");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw Field.invalid(FIELD, value, "must not contain control characters.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
