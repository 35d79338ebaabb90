package org.psarchive.account;

import java.util.regex.Pattern;
import org.psarchive.platform.error.InvalidInputException;

/** An account's name: what an administrator types, and what the audit log shows. */
public record AccountName(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,149}");

    public AccountName {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInputException("Invalid account name '" + (value == null ? "" : value)
                    + "': use 1 to 150 of A-Z a-z 0-9 . _ @ + -, starting with a letter or digit.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
