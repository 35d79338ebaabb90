package org.psarchive.registry;

import java.util.regex.Pattern;

/** A service type's name, GOCDB style: {@code net.perfSONAR.Bandwidth}; 1 to 100 of A-Z a-z 0-9 . _ -. */
public record ServiceTypeName(String value) {

    static final String FIELD = "service-type";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public ServiceTypeName {
        Field.required(FIELD, value);
        if (!VALID.matcher(value).matches()) {
            throw Field.invalid(FIELD, value, "1 to 100 of A-Z a-z 0-9 . _ -, e.g. net.perfSONAR.Bandwidth.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
