package org.psarchive.registry;

import java.util.regex.Pattern;

/** A site's name as GOCDB spells them ({@code CERN-PROD}, {@code BNL-ATLAS}): 1 to 100 of A-Z a-z 0-9 . _ -. */
public record SiteName(String value) {

    static final String FIELD = "site";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public SiteName {
        Field.required(FIELD, value);
        if (!VALID.matcher(value).matches()) {
            throw Field.invalid(FIELD, value, "1 to 100 of A-Z a-z 0-9 . _ -, starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
