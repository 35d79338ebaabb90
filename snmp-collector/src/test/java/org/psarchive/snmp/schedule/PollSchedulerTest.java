package org.psarchive.snmp.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.Await;

class PollSchedulerTest {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aTargetKeepsItsPhaseAcrossRestarts() {
        Duration interval = Duration.ofSeconds(30);
        Instant now = Instant.parse("2026-11-22T10:00:07.250Z");

        Instant slot = Phase.nextSlot("router-1", interval, now);
        Instant afterRestart = Phase.nextSlot("router-1", interval, now.plusSeconds(3_600 * 5 + 11));

        assertTrue(slot.isAfter(now) && !slot.isAfter(now.plus(interval)), slot.toString());
        assertEquals(0, Duration.between(slot, afterRestart).toMillis() % interval.toMillis());
        assertEquals(Phase.offsetMillis("router-1", interval), slot.toEpochMilli() % interval.toMillis());
    }

    @Test
    void phasesSpreadEvenlyOverTheInterval() {
        Duration interval = Duration.ofSeconds(60);
        int[] buckets = new int[10];
        for (int i = 0; i < 10_000; i++) {
            buckets[(int) (Phase.offsetMillis("router-" + i, interval) / 6_000)]++;
        }
        for (int count : buckets) {
            assertTrue(count > 850 && count < 1_150, java.util.Arrays.toString(buckets));
        }
    }

    @Test
    void pollsEachTargetOncePerInterval() {
        AtomicInteger polls = new AtomicInteger();
        try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 4, name -> {
            polls.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        })) {
            scheduler.schedule(new ScheduledTarget("a", Duration.ofMillis(100)));
            Instant start = Instant.now();

            Await.until(() -> scheduler.statistics("a").succeeded() >= 5, Duration.ofSeconds(5),
                    () -> scheduler.statistics("a").toString());

            long elapsed = Duration.between(start, Instant.now()).toMillis();
            assertTrue(elapsed >= 400, "5 polls 100 ms apart took only " + elapsed + " ms");
            assertEquals(0, scheduler.statistics("a").late());
        }
    }

    @Test
    void aPollStillRunningWhenItsNextIsDueIsMissedNotQueued() {
        try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 4,
                name -> new CompletableFuture<>())) { // never ends
            scheduler.schedule(new ScheduledTarget("stuck", Duration.ofMillis(50)));

            Await.until(() -> scheduler.statistics("stuck").missed() >= 3, Duration.ofSeconds(5),
                    () -> scheduler.statistics("stuck").toString());

            assertEquals(1, scheduler.statistics("stuck").started());
            assertEquals(1, scheduler.inFlight());
        }
    }

    @Test
    void neverRunsMorePollsThanItsCapacity() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 2, name -> {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            return CompletableFuture.runAsync(running::decrementAndGet,
                    CompletableFuture.delayedExecutor(60, TimeUnit.MILLISECONDS));
        })) {
            for (int i = 0; i < 6; i++) {
                scheduler.schedule(new ScheduledTarget("t" + i, Duration.ofMillis(200)));
            }

            Await.until(() -> scheduler.total().succeeded() >= 12, Duration.ofSeconds(10),
                    () -> scheduler.total().toString());

            assertTrue(mostRunning.get() <= 2, "ran " + mostRunning.get() + " at once");
            assertEquals(2, mostRunning.get(), "six targets in 200 ms with 60 ms polls overlap at some point");
        }
    }

    @Test
    void aFailedPollIsCountedAndTheNextStillRuns() {
        try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 1,
                name -> CompletableFuture.failedFuture(new IllegalStateException("timeout")))) {
            scheduler.schedule(new ScheduledTarget("down", Duration.ofMillis(50)));

            Await.until(() -> scheduler.statistics("down").failed() >= 3, Duration.ofSeconds(5),
                    () -> scheduler.statistics("down").toString());
        }
    }

    @Test
    void anUnscheduledTargetIsNoLongerPolled() {
        AtomicInteger gonePolls = new AtomicInteger();
        try (PollScheduler scheduler = new PollScheduler(executor, Clock.systemUTC(), 2, name -> {
            if (name.equals("gone")) {
                gonePolls.incrementAndGet();
            }
            return CompletableFuture.completedFuture(null);
        })) {
            scheduler.schedule(new ScheduledTarget("gone", Duration.ofMillis(30)));
            Await.until(() -> gonePolls.get() >= 2, Duration.ofSeconds(5), gonePolls::toString);

            scheduler.unschedule("gone");
            int after = gonePolls.get();

            // Several of its intervals pass, measured by another target's polls.
            scheduler.schedule(new ScheduledTarget("witness", Duration.ofMillis(30)));
            Await.until(() -> scheduler.statistics("witness").succeeded() >= 5, Duration.ofSeconds(5),
                    () -> scheduler.statistics("witness").toString());
            assertTrue(gonePolls.get() - after <= 1, "polled " + (gonePolls.get() - after) + " times after removal");
        }
    }
}
