package org.psarchive.archive.eventtype;

import java.util.Arrays;
import java.util.Optional;

/** A kind of series kept for an event type: the raw points ({@code base}) or a summary of them. */
public enum SummaryType {
    BASE("base", "base"),
    AGGREGATION("aggregation", "aggregations"),
    AVERAGE("average", "averages"),
    STATISTICS("statistics", "statistics"),
    /**
     * The least base value of each window, with its time (psarchive's, not esmond's perfSONAR API: the SNMP
     * collector's interface rates keep them, as esmond's SNMP side kept min/max for its device API).
     */
    MINIMUM("minimum", "minimums"),
    /** The greatest base value of each window, with its time (see {@link #MINIMUM}). */
    MAXIMUM("maximum", "maximums");

    private final String wireName;
    private final String plural;

    SummaryType(String wireName, String plural) {
        this.wireName = wireName;
        this.plural = plural;
    }

    /** The name in JSON bodies ({@code summary-type}), e.g. {@code average}. */
    public String wireName() {
        return wireName;
    }

    /** The name in URLs, e.g. {@code averages} in {@code .../throughput/averages/86400}. */
    public String plural() {
        return plural;
    }

    /** Whether its bins keep one base value and its time (minimum, maximum) rather than a sum. */
    public boolean isExtreme() {
        return this == MINIMUM || this == MAXIMUM;
    }

    /** Exact, case-sensitive match on the JSON name, as esmond does. */
    public static Optional<SummaryType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** Exact, case-sensitive match on the URL name. */
    public static Optional<SummaryType> fromPlural(String name) {
        return Arrays.stream(values()).filter(t -> t.plural.equals(name)).findFirst();
    }
}
