package org.psarchive.lookup;

import java.util.List;

/**
 * One key of a query: its values (a comma list in the request), whether a record needs any or all of
 * them, and whether {@code *} at either end is a wildcard (in queries) or a literal character (in the
 * duplicate check of a registration).
 */
public record KeyCondition(String key, List<String> values, boolean any, boolean wildcards) {

    public KeyCondition {
        values = List.copyOf(values);
    }

    /** How one value matches: exactly, by prefix ({@code abc*}), suffix ({@code *abc}) or both ({@code *abc*}). */
    public enum Match { EXACT, PREFIX, SUFFIX, CONTAINS }

    public Match matchOf(String value) {
        if (!wildcards || value.length() < 1 || !(value.startsWith("*") || value.endsWith("*"))) {
            return Match.EXACT;
        }
        boolean leading = value.startsWith("*");
        boolean trailing = value.endsWith("*") && (value.length() > 1 || !leading);
        if (leading && trailing && value.length() > 1) {
            return Match.CONTAINS;
        }
        return leading && !trailing ? Match.SUFFIX : Match.PREFIX;
    }

    /** The value without its wildcard stars. */
    public String stem(String value) {
        return switch (matchOf(value)) {
            case EXACT -> value;
            case PREFIX -> value.substring(0, value.length() - 1);
            case SUFFIX -> value.substring(1);
            case CONTAINS -> value.substring(1, value.length() - 1);
        };
    }

    /** Whether this condition holds for a record's values of its key (the exact semantics; SQL narrows first). */
    public boolean holdsFor(List<String> recordValues) {
        if (any) {
            return values.stream().anyMatch(v -> recordValues.stream().anyMatch(r -> matches(v, r)));
        }
        return values.stream().allMatch(v -> recordValues.stream().anyMatch(r -> matches(v, r)));
    }

    private boolean matches(String wanted, String actual) {
        String stem = stem(wanted);
        return switch (matchOf(wanted)) {
            case EXACT -> actual.equals(stem);
            case PREFIX -> actual.startsWith(stem);
            case SUFFIX -> actual.endsWith(stem);
            case CONTAINS -> actual.contains(stem);
        };
    }
}
