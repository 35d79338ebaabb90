package org.psarchive.it;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Waiting for a condition with a deadline, never a bare sleep. */
final class Await {

    private Await() {
    }

    @FunctionalInterface
    interface Probe<T> {
        Optional<T> check() throws Exception;
    }

    /** Checks until the probe finds something, failing after the deadline. */
    static <T> T until(String what, Duration deadline, Probe<T> probe) throws Exception {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            Optional<T> found = probe.check();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out after " + deadline.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
