package org.psarchive.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.psarchive.platform.error.InvalidInputException;

/**
 * A query of {@code GET /lookup/records} with sLS 2.x's semantics: values match exactly and
 * case-sensitively; a comma list needs all its values unless {@code <key>-operator=any};
 * {@code operator=any} joins the keys with OR instead of AND; {@code *} at the start or end of a value
 * is a wildcard. Unlike sLS, {@code skip} and {@code maxresults} page the answer, within a hard cap.
 */
public record LookupQuery(List<KeyCondition> conditions, boolean anyKey, int skip, int maxResults) {

    public LookupQuery {
        conditions = List.copyOf(conditions);
    }

    /** Every live record, a page at a time. */
    public static LookupQuery everything(int maxResults) {
        return new LookupQuery(List.of(), false, 0, maxResults);
    }

    /**
     * Parses query parameters. Only the first occurrence of a parameter counts, as in sLS; keys that
     * contain "operator" are control parameters, never data conditions.
     */
    public static LookupQuery parse(Map<String, List<String>> parameters, int cap) {
        List<KeyCondition> conditions = new ArrayList<>();
        boolean anyKey = false;
        int skip = 0;
        int maxResults = cap;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue().isEmpty() ? "" : parameter.getValue().get(0);
            if (name.equals("operator")) {
                anyKey = operator(name, value);
            } else if (name.contains("operator")) {
                operator(name, value); // validated here, applied with its key below
            } else if (name.equals("skip")) {
                skip = number(name, value, 0);
            } else if (name.equals("maxresults")) {
                maxResults = Math.min(cap, number(name, value, 1));
            } else {
                List<String> keyOperator = parameters.get(name + "-operator");
                boolean any = keyOperator != null && !keyOperator.isEmpty() && operator(name + "-operator", keyOperator.get(0));
                conditions.add(new KeyCondition(name, List.of(value.split(",", -1)), any, true));
            }
        }
        return new LookupQuery(conditions, anyKey, skip, maxResults);
    }

    /** {@code true} for any, {@code false} for all. */
    private static boolean operator(String name, String value) {
        return switch (value) {
            case "any" -> true;
            case "all" -> false;
            default -> throw new InvalidInputException("'" + name + "' must be 'any' or 'all', not '" + value + "'.");
        };
    }

    private static int number(String name, String value, int least) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new InvalidInputException("'" + name + "' must be a whole number of at least " + least + ", not '" + value + "'.");
    }

    /**
     * Whether the SQL of this query can be inexact: only when a value is longer than the indexed prefix
     * of stored values, and then {@link #matches} re-checks each record.
     */
    public boolean needsRecheck() {
        return conditions.stream().flatMap(c -> c.values().stream()).anyMatch(v -> v.length() >= QuerySql.INDEXED_LENGTH);
    }

    /** Whether the record satisfies every condition (or any, with {@code operator=any}). */
    public boolean matches(LookupRecord record) {
        if (conditions.isEmpty()) {
            return true;
        }
        return anyKey ? conditions.stream().anyMatch(c -> c.holdsFor(RecordColumns.valuesOf(record, c.key())))
                : conditions.stream().allMatch(c -> c.holdsFor(RecordColumns.valuesOf(record, c.key())));
    }
}
