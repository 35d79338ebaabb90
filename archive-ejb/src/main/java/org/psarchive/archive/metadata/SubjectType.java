package org.psarchive.archive.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a measurement is about, and the subject fields each kind requires (esmond's subject models). */
public enum SubjectType {
    POINT_TO_POINT("point-to-point",
            List.of("source", "destination", "measurement-agent", "tool-name", "input-source", "input-destination")),
    NETWORK_ELEMENT("network-element", List.of("source", "measurement-agent", "tool-name", "input-source"));

    /** Subject fields holding IP addresses (PostgreSQL inet in esmond): validated and stored canonically. */
    public static final Set<String> ADDRESS_FIELDS = Set.of("source", "destination", "measurement-agent");

    /** Every subject field of any subject type, in column order. */
    public static final List<String> ALL_FIELDS =
            List.of("source", "destination", "measurement-agent", "tool-name", "input-source", "input-destination");

    private final String wireName;
    private final List<String> fields;

    SubjectType(String wireName, List<String> fields) {
        this.wireName = wireName;
        this.fields = fields;
    }

    public String wireName() {
        return wireName;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<SubjectType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    /** The column of a subject field: {@code measurement-agent} → {@code measurement_agent}. */
    public static String column(String field) {
        return field.replace('-', '_');
    }
}
