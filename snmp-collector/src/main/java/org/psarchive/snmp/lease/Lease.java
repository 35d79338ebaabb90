package org.psarchive.snmp.lease;

import java.time.Instant;

/**
 * A target's lease as stored: held by {@code node} from {@code claimed} (when that node took it) until
 * {@code expires} (moved forward at each renewal).
 */
public record Lease(String target, NodeId node, Instant claimed, Instant expires) {

    /** Whether the lease still holds at {@code now}; from {@code expires} on any node may take the target. */
    public boolean heldAt(Instant now) {
        return now.isBefore(expires);
    }
}
