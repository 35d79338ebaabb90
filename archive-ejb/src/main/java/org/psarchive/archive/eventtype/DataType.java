package org.psarchive.archive.eventtype;

import static org.psarchive.archive.eventtype.SummaryType.AGGREGATION;
import static org.psarchive.archive.eventtype.SummaryType.AVERAGE;
import static org.psarchive.archive.eventtype.SummaryType.STATISTICS;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The shape of an event type's values, and the summaries esmond can compute for it. */
public enum DataType {
    INTEGER("integer", EnumSet.of(AGGREGATION, AVERAGE)),
    FLOAT("float", EnumSet.of(AGGREGATION, AVERAGE)),
    PERCENTAGE("percentage", EnumSet.of(AGGREGATION)),
    HISTOGRAM("histogram", EnumSet.of(AGGREGATION, STATISTICS)),
    SUBINTERVAL("subinterval", EnumSet.noneOf(SummaryType.class)),
    JSON("json", EnumSet.noneOf(SummaryType.class));

    private final String wireName;
    private final Set<SummaryType> allowedSummaries;

    DataType(String wireName, Set<SummaryType> allowedSummaries) {
        this.wireName = wireName;
        this.allowedSummaries = Collections.unmodifiableSet(allowedSummaries);
    }

    /** The name esmond uses in its configuration, e.g. {@code histogram}. */
    public String wireName() {
        return wireName;
    }

    /** The summaries a metadata record may ask for; {@code base} is always kept and not listed. */
    public Set<SummaryType> allowedSummaries() {
        return allowedSummaries;
    }

    /** Whether a series of this kind can exist: {@code base} always, otherwise the allowed ones. */
    public boolean allows(SummaryType type) {
        return type == SummaryType.BASE || allowedSummaries.contains(type);
    }
}
