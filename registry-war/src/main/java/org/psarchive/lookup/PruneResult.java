package org.psarchive.lookup;

/** What a pruning pass did: records deleted after their grace period, managed leases extended. */
public record PruneResult(long deleted, int extended) {
}
