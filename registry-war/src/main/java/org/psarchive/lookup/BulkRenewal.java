package org.psarchive.lookup;

import java.util.List;

/**
 * The outcome of a bulk renewal, as sLS's {@code BulkRenewResponse} reports it: how many were asked
 * for and renewed, and for each failure its uri, code and message (parallel lists).
 */
public record BulkRenewal(int total, int renewed, List<String> failedUris, List<Integer> errorCodes,
        List<String> errorMessages) {

    /** sLS's code for a uri that names no record. */
    public static final int NOT_FOUND = 22;
    /** sLS's code for a refused lease (expired beyond the grace period, or managed by the registry). */
    public static final int LEASE_REFUSED = 21;

    public BulkRenewal {
        failedUris = List.copyOf(failedUris);
        errorCodes = List.copyOf(errorCodes);
        errorMessages = List.copyOf(errorMessages);
    }

    public int failures() {
        return failedUris.size();
    }
}
