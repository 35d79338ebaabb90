package org.psarchive.lookup;

import java.time.Instant;
import java.util.List;

/**
 * The keys that live in {@code lookup_record}'s columns rather than in {@code lookup_value}, and how
 * a query compares a record's values of each.
 */
final class RecordColumns {

    private RecordColumns() {
    }

    /** The column a key is stored in, or {@code null} for a data key kept in lookup_value. */
    static String columnOf(String key) {
        return switch (key) {
            case "type" -> "r.record_type";
            case "uri" -> "r.uuid";
            case "state" -> "r.state";
            case "expires" -> "r.expires_at";
            case "ttl" -> "r.ttl";
            default -> null;
        };
    }

    static String expires(Instant instant) {
        return LookupTime.format(instant);
    }

    /** The values a query compares for this key of a record. */
    static List<String> valuesOf(LookupRecord record, String key) {
        return switch (key) {
            case "type" -> List.of(record.type());
            case "uri" -> List.of(record.uri());
            case "state" -> List.of(record.state());
            case "expires" -> List.of(expires(record.expires()));
            case "ttl" -> record.ttl().map(List::of).orElse(List.of());
            default -> record.values(key);
        };
    }
}
