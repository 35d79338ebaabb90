package org.psarchive.snmp.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts each target's poll on its own grid (an interval, and a phase from its name), with at most
 * {@code maxInFlight} polls running at once. Container-agnostic: it runs on any
 * {@link ScheduledExecutorService} (a Jakarta {@code ManagedScheduledExecutorService} in the server) and
 * reads time from a {@link Clock}.
 * <p>
 * A poll is asynchronous ({@link PollTask}), so the executor's threads only start polls, never wait for
 * agents. A slot whose previous poll is still running is missed, not queued behind it, so a slow or dead
 * target costs only its own slots. A slot that finds no free capacity waits in a queue for a finishing
 * poll, and is dropped as missed once its interval has passed.
 */
public final class PollScheduler implements AutoCloseable {

    /** A poll starting later than this after its slot counts as late. */
    public static final Duration LATE_AFTER = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(PollScheduler.class.getName());

    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Semaphore permits;
    private final PollTask task;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    public PollScheduler(ScheduledExecutorService executor, Clock clock, int maxInFlight, PollTask task) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.executor = executor;
        this.clock = clock;
        this.permits = new Semaphore(maxInFlight);
        this.task = task;
    }

    /** Polls this target from its next slot on; replaces a target of the same name (and its statistics). */
    public void schedule(ScheduledTarget target) {
        Entry entry = new Entry(target);
        Entry previous = entries.put(target.name(), entry);
        if (previous != null) {
            previous.cancel();
        }
        entry.arm(Phase.nextSlot(target.name(), target.interval(), clock.instant()));
    }

    /** Stops polling this target; a poll in flight runs to its end. */
    public void unschedule(String name) {
        Entry entry = entries.remove(name);
        if (entry != null) {
            entry.cancel();
        }
    }

    public PollStatistics statistics(String name) {
        Entry entry = entries.get(name);
        return entry == null ? PollStatistics.NONE : entry.statistics();
    }

    public PollStatistics total() {
        return entries.values().stream().map(Entry::statistics).reduce(PollStatistics.NONE, PollStatistics::plus);
    }

    /** Polls running now. */
    public int inFlight() {
        return (int) entries.values().stream().filter(entry -> entry.running.get()).count();
    }

    /** Stops every target's slots; the executor is the caller's and stays up. */
    @Override
    public void close() {
        entries.values().forEach(Entry::cancel);
        entries.clear();
        waiting.clear();
    }

    private record Waiting(Entry entry, Instant slot) {
    }

    private void due(Entry entry, Instant slot) {
        if (entry.running.get()) {
            entry.missed.incrementAndGet(); // the last poll is still at it: skip, never pile up behind it
        } else if (permits.tryAcquire()) {
            start(entry, slot);
        } else {
            waiting.add(new Waiting(entry, slot));
            // A poll may have finished between the failed tryAcquire and the add, and found the queue empty.
            startWaiting();
        }
    }

    /** Called with a permit held; gives it back when the poll is over. */
    private void start(Entry entry, Instant slot) {
        if (!entry.running.compareAndSet(false, true)) {
            entry.missed.incrementAndGet();
            permits.release();
            return;
        }
        Instant startedAt = clock.instant();
        entry.started.incrementAndGet();
        if (Duration.between(slot, startedAt).compareTo(LATE_AFTER) > 0) {
            entry.late.incrementAndGet();
        }
        CompletionStage<?> poll;
        try {
            poll = task.poll(entry.target.name());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Poll of " + entry.target.name() + " failed to start", e);
            finish(entry, false);
            return;
        }
        poll.whenComplete((result, failure) -> finish(entry, failure == null));
    }

    private void finish(Entry entry, boolean succeeded) {
        (succeeded ? entry.succeeded : entry.failed).incrementAndGet();
        entry.running.set(false);
        permits.release();
        if (!waiting.isEmpty()) {
            // Not on the thread that completed the poll (an SNMP dispatcher thread): start the next from the executor.
            executor.execute(this::startWaiting);
        }
    }

    private void startWaiting() {
        while (!waiting.isEmpty() && permits.tryAcquire()) {
            Waiting next = waiting.poll();
            if (next == null) {
                permits.release();
                return;
            }
            boolean stale = !clock.instant().isBefore(next.slot.plus(next.entry.target.interval()));
            if (stale || next.entry.cancelled || next.entry.running.get()) {
                next.entry.missed.incrementAndGet();
                permits.release();
            } else {
                start(next.entry, next.slot);
            }
        }
    }

    /** One scheduled target: its grid, its counters, and the handle of its next slot. */
    private final class Entry {
        final ScheduledTarget target;
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicLong started = new AtomicLong();
        final AtomicLong succeeded = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong late = new AtomicLong();
        final AtomicLong missed = new AtomicLong();
        volatile boolean cancelled;
        volatile ScheduledFuture<?> next;

        Entry(ScheduledTarget target) {
            this.target = target;
        }

        /** Wakes up at {@code slot}; the next slot is computed from the grid, so delays never accumulate. */
        void arm(Instant slot) {
            if (cancelled) {
                return;
            }
            long delay = Math.max(0, Duration.between(clock.instant(), slot).toMillis());
            next = executor.schedule(() -> fire(slot), delay, TimeUnit.MILLISECONDS);
        }

        private void fire(Instant slot) {
            if (cancelled) {
                return;
            }
            Instant now = clock.instant();
            Instant following = slot.plus(target.interval());
            while (!following.isAfter(now)) {
                missed.incrementAndGet(); // the executor overslept a whole slot
                following = following.plus(target.interval());
            }
            arm(following);
            due(this, slot);
        }

        void cancel() {
            cancelled = true;
            ScheduledFuture<?> handle = next;
            if (handle != null) {
                handle.cancel(false);
            }
        }

        PollStatistics statistics() {
            return new PollStatistics(started.get(), succeeded.get(), failed.get(), late.get(), missed.get());
        }
    }
}
