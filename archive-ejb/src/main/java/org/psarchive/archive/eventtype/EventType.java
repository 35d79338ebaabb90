package org.psarchive.archive.eventtype;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of measurement, such as {@code throughput}, and the data type of its values; {@code keepsExtremes}
 * where it may also keep minimum and maximum summaries (the SNMP collector's interface rates only).
 */
public record EventType(String name, DataType dataType, boolean keepsExtremes) {

    public EventType(String name, DataType dataType) {
        this(name, dataType, false);
    }

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Event type name is blank");
        }
    }

    /** The summaries a metadata record may ask for; {@code base} is always kept and not listed. */
    public Set<SummaryType> allowedSummaries() {
        if (!keepsExtremes) {
            return dataType.allowedSummaries();
        }
        Set<SummaryType> allowed = EnumSet.of(SummaryType.MINIMUM, SummaryType.MAXIMUM);
        allowed.addAll(dataType.allowedSummaries());
        return Collections.unmodifiableSet(allowed);
    }

    @Override
    public String toString() {
        return name;
    }
}
