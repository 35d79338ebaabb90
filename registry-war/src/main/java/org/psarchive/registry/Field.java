package org.psarchive.registry;

import org.psarchive.platform.error.InvalidInputException;

/** The one wording of a validation failure: the field as the API names it, the value, the rule. */
final class Field {

    private Field() {
    }

    static InvalidInputException invalid(String field, String value, String rule) {
        String shown = value == null ? "null" : "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
        return new InvalidInputException("Invalid " + field + " " + shown + ": " + rule);
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field + " is required.");
        }
        return value;
    }
}
