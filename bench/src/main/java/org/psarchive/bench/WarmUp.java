package org.psarchive.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * Runs a scenario's operations untimed until the platform is warm: for {@code BENCH_WARMUP} seconds
 * (default 30), then on in rounds of 10 s while the platform's JIT compiler threads still used more
 * than a tenth of a core, up to {@code BENCH_WARMUP_MAX} seconds in all (default 300).
 *
 * <p>A fixed warm-up was not enough where a scenario reaches code the platform had not run yet: the
 * pScheduler pattern's first 90 s and the lookup registrations' first 100 s kept a compiler thread busy
 * (jstat -compiler), and the figures timed within them were half of those timed after.
 */
final class WarmUp {

    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final double QUIET_SHARE = 0.10;

    private WarmUp() {
    }

    /** Warms {@code load} up with {@code operation}; returns a line saying how long it took. */
    static String run(Load load, Load.Operation operation, Probe probe) throws Exception {
        Duration minimum = Load.warmUp();
        Duration maximum = maximum();
        long start = System.nanoTime();
        load.run(100_000, minimum, operation);
        double share = compilerShare(load, operation, probe);
        while (share > QUIET_SHARE && System.nanoTime() - start < maximum.minus(ROUND).toNanos()) {
            share = compilerShare(load, operation, probe);
        }
        return String.format(Locale.ROOT, "warm after %.0f s (JIT compiler at %.0f %% of a core in the last %d s%s)",
                (System.nanoTime() - start) / 1e9, share * 100, ROUND.toSeconds(),
                share > QUIET_SHARE ? ", still busy at BENCH_WARMUP_MAX" : "");
    }

    /** One round of the operation; the share of one core the compiler threads used meanwhile. */
    private static double compilerShare(Load load, Load.Operation operation, Probe probe) throws Exception {
        double before = probe.compilerCpuSeconds();
        long start = System.nanoTime();
        load.run(100_000, ROUND, operation);
        return (probe.compilerCpuSeconds() - before) / ((System.nanoTime() - start) / 1e9);
    }

    private static Duration maximum() {
        long seconds = Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_MAX", "300"));
        if (seconds < Load.warmUp().toSeconds() || seconds > 1800) {
            throw new IllegalArgumentException("BENCH_WARMUP_MAX must be between BENCH_WARMUP and 1800");
        }
        return Duration.ofSeconds(seconds);
    }
}
