package org.psarchive.archive.eventtype;

import java.util.Objects;

/** A kind of measurement, such as {@code throughput}, and the data type of its values. */
public record EventType(String name, DataType dataType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Event type name is blank");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
