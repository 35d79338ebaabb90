package org.psarchive.web.archive;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psarchive.archive.metadata.DnsMatchRule;
import org.psarchive.archive.metadata.MetadataFilter;
import org.psarchive.archive.metadata.SubjectType;
import org.psarchive.archive.timeseries.TimeRange;
import org.psarchive.platform.error.InvalidInputException;

/** Turns the query string of {@code GET archive/} into a {@link MetadataFilter} (esmond's filters). */
final class ArchiveQuery {

    private static final Set<String> RESERVED = Set.of("format", "limit", "offset", "dns-match-rule", "time",
            "time-start", "time-end", "time-range", "subject-type", "metadata-key", "event-type", "summary-type",
            "summary-window");

    private ArchiveQuery() {
    }

    static MetadataFilter filter(MultivaluedMap<String, String> query, long now) {
        DnsMatchRule rule = DnsMatchRule.parse(query.getFirst("dns-match-rule"));
        Map<String, List<String>> subject = new LinkedHashMap<>();
        for (String field : SubjectType.ALL_FIELDS) {
            String value = query.getFirst(field);
            if (value != null) {
                subject.put(field, SubjectType.ADDRESS_FIELDS.contains(field) ? rule.resolve(value) : List.of(value));
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!RESERVED.contains(name) && !SubjectType.ALL_FIELDS.contains(name)) {
                parameters.put(name, values.get(0));
            }
        });
        Long from = null;
        Long to = null;
        if (query.containsKey("time") || query.containsKey("time-start") || query.containsKey("time-end")
                || query.containsKey("time-range")) {
            TimeRange range = TimeRange.of(query.getFirst("time"), query.getFirst("time-start"),
                    query.getFirst("time-end"), query.getFirst("time-range"), now);
            from = range.start();
            to = range.end();
        }
        return new MetadataFilter(subject, query.getFirst("subject-type"), query.getFirst("metadata-key"),
                query.getFirst("event-type"), query.getFirst("summary-type"), window(query.getFirst("summary-window")),
                parameters, from, to);
    }

    private static Long window(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("summary-window must be a whole number of seconds (got '" + text + "').");
        }
    }
}
