package org.psarchive.archive.pscheduler;

import java.util.Arrays;
import java.util.Optional;

/**
 * The esmond archiver's {@code data-formatting-policy}: whether a run is mapped to esmond event
 * types, stored whole as {@code pscheduler-raw}, or both.
 *
 * <p>Whatever the policy, {@code disk-to-disk} always adds {@code pscheduler-raw} and a test type
 * with no mapping is stored as {@code pscheduler-raw} only (unless {@link #MAPPED_ONLY}).
 */
public enum DataFormattingPolicy {
    /** esmond archiver default: mapped event types; pscheduler-raw only where listed above. */
    PREFER_MAPPED("prefer-mapped"),
    /** Mapped event types plus pscheduler-raw (the run's {@code result}) for every test type. */
    MAPPED_AND_RAW("mapped-and-raw"),
    /** Mapped event types only; a test type without a mapping is refused. */
    MAPPED_ONLY("mapped-only"),
    /** Every test type stored as pscheduler-raw with flattened {@code pscheduler-<type>-*} parameters. */
    RAW_ONLY("raw-only");

    private final String wireName;

    DataFormattingPolicy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DataFormattingPolicy> fromWireName(String name) {
        return Arrays.stream(values()).filter(policy -> policy.wireName.equals(name)).findFirst();
    }
}
