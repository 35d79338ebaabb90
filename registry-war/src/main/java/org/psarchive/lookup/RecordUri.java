package org.psarchive.lookup;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A record's {@code lookup/<type>/<uuid>} name, and its parts. */
public record RecordUri(String type, String uuid) {

    private static final Pattern URI = Pattern.compile("/?lookup/([^/]+)/([0-9a-fA-F-]{36})/?");

    public static String of(String type, String uuid) {
        return "lookup/" + type + "/" + uuid;
    }

    /** The parts of a uri as clients send it back (with or without a leading slash), or empty. */
    public static Optional<RecordUri> parse(String uri) {
        Matcher matcher = URI.matcher(uri == null ? "" : uri.trim());
        return matcher.matches() ? Optional.of(new RecordUri(matcher.group(1), matcher.group(2).toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return of(type, uuid);
    }
}
