package org.psarchive.web.archive;

import org.psarchive.platform.error.InvalidInputException;

/** esmond's {@code limit} and {@code offset}, with its default of 1500 and a cap that bounds memory. */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 1500;

    static Paging of(String limit, String offset, int maximum) {
        int parsedLimit = number("limit", limit, DEFAULT_LIMIT);
        if (parsedLimit == 0) {
            parsedLimit = DEFAULT_LIMIT; // esmond: limit=0 falls back to the default
        }
        if (parsedLimit > maximum) {
            throw new InvalidInputException("limit must be at most " + maximum + "; page with offset.");
        }
        return new Paging(parsedLimit, number("offset", offset, 0));
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < 0) {
                throw new InvalidInputException(name + " must not be negative.");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number (got '" + value + "').");
        }
    }
}
