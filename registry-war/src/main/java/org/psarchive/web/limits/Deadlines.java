package org.psarchive.web.limits;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The deadlines of the bodies being read, checked by one task every quarter second rather than a
 * scheduled task per request: scheduling on the container's managed executor captures the request's
 * contexts each time, which cost a measurable share of a pScheduler result's CPU (docs/benchmarks.md).
 * A deadline is therefore kept to within a quarter of a second.
 */
final class Deadlines {

    private static final long PERIOD_MILLIS = 250;

    private final Set<BodyRead> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledFuture<?> sweeper;

    Deadlines(ScheduledExecutorService timer) {
        sweeper = timer.scheduleWithFixedDelay(this::sweep, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void watch(BodyRead read) {
        pending.add(read);
    }

    void forget(BodyRead read) {
        pending.remove(read);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (BodyRead read : pending) {
            if (read.expired(now)) {
                pending.remove(read);
                read.expire();
            }
        }
    }

    void close() {
        sweeper.cancel(false);
    }
}
