package org.psarchive.archive.metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * A validated metadata record as posted: subject, free-form parameters (as strings) and the series
 * it registers. Its checksum identifies the content, so posting the same record twice finds the
 * first (esmond's idempotent POST) while any changed field or summary makes a new record.
 */
public record NewMetadata(SubjectType subjectType, SortedMap<String, String> subject,
        SortedMap<String, String> parameters, SortedSet<SeriesKey> series) {

    /** Unmodifiable views: a parsed body is kept and handed out again (MetadataRequest). */
    public NewMetadata {
        subject = Collections.unmodifiableSortedMap(subject);
        parameters = Collections.unmodifiableSortedMap(parameters);
        series = Collections.unmodifiableSortedSet(series);
    }

    /** SHA-256 over the lower-cased canonical content, as esmond's calculate_checksum. */
    public String checksum() {
        StringBuilder canonical = new StringBuilder("subject-type::").append(subjectType.wireName());
        append(canonical, subject);
        append(canonical, parameters);
        for (SeriesKey key : series) {
            canonical.append("::").append(key.eventType()).append(':').append(key.summaryType().wireName())
                    .append(':').append(key.window());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void append(StringBuilder canonical, Map<String, String> values) {
        // lengths keep "a"="b:c" and "a:b"="c" apart
        values.forEach((name, value) -> canonical.append("::").append(name.length()).append(':').append(name)
                .append('=').append(value.length()).append(':').append(value));
    }
}
