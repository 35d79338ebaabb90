package org.psarchive.snmp.target;

import java.util.regex.Pattern;
import org.psarchive.platform.error.InvalidInputException;

/**
 * A target's name, as an administrator types it and as it appears in URLs: 1 to 64 letters, digits,
 * {@code .}, {@code -} and {@code _}, starting with a letter or digit (so never {@code .} or {@code ..}).
 * Case-sensitive. It never changes: the sealed secrets are bound to it.
 */
public record TargetName(String value) {

    public static final String FIELD = "name";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public TargetName {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("'" + FIELD + "' is required.");
        }
        if (!VALID.matcher(value).matches()) {
            throw new InvalidInputException("Invalid '" + FIELD + "' '" + TargetFields.printable(value)
                    + "': use 1 to 64 of A-Z a-z 0-9 . _ -, starting with a letter or digit.");
        }
    }

    /** Whether {@code value} is a name a target can have (a device API path may hold anything). */
    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
