package org.psarchive.platform.cache;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Runs an action when the current transaction has ended, committed or rolled back. */
public final class TransactionEnd {

    private TransactionEnd() {
    }

    /**
     * For caches: what a change makes stale is forgotten once at the change and again here, so that no
     * request that read the old state before the commit keeps it.
     */
    public static void then(TransactionSynchronizationRegistry registry, Runnable action) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
