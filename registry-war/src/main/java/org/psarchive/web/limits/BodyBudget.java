package org.psarchive.web.limits;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes that bodies being buffered may hold together. Each body is within its own limit, but many
 * large ones at once exhausted a 1 GiB heap on MariaDB; past the budget a request is answered 503 with
 * Retry-After rather than letting the JVM run out of memory.
 */
final class BodyBudget {

    private final long total;
    private final AtomicLong free;

    BodyBudget(long total) {
        this.total = total;
        this.free = new AtomicLong(total);
    }

    /** Takes {@code bytes} from the budget, or nothing and false when they are not free. */
    boolean reserve(long bytes) {
        while (true) {
            long now = free.get();
            if (now < bytes) {
                return false;
            }
            if (free.compareAndSet(now, now - bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        free.addAndGet(bytes);
    }

    long total() {
        return total;
    }

    long free() {
        return free.get();
    }
}
