package org.psarchive.archive.metadata;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The identifier of a metadata record: 32 lowercase hex characters (a UUID4 without dashes, as esmond). */
public record MetadataKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");

    public MetadataKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a metadata key: " + value);
        }
    }

    public static MetadataKey generate() {
        return new MetadataKey(UUID.randomUUID().toString().replace("-", ""));
    }

    /** A key from a URL; anything malformed simply names no record. */
    public static Optional<MetadataKey> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new MetadataKey(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
