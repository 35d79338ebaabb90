package org.psarchive.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A closed-loop load: a fixed number of clients, each repeating one operation back to back until it has
 * done {@code maxPerClient} operations or the time limit has passed (both bounds always apply). Each
 * client keeps a sequence number across runs, so a warm-up and the measurement that follows it never
 * write the same points.
 */
final class Load {

    /** One operation of one client; {@code sequence} counts that client's operations from 0. */
    interface Operation {
        void run(int client, int sequence) throws Exception;
    }

    /** What a run did: successful operations with their latencies, errors, and its wall time. */
    record Result(int operations, int errors, String firstError, double seconds, long[] sortedNanos) {

        double rate(double unitsPerOperation) {
            return operations * unitsPerOperation / seconds;
        }

        /** The p-th percentile (0..100) of the latencies in milliseconds, nearest rank; NaN without any. */
        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
        }
    }

    private final ExecutorService pool;
    private final int[] sequence;

    /**
     * The least each scenario warms up before it is timed (BENCH_WARMUP seconds, default 30; {@link WarmUp}): the
     * platform starts cold, and its JIT compiler then takes a large share of the two cores.
     */
    static Duration warmUp() {
        long seconds = Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP", "30"));
        if (seconds < 1 || seconds > 600) {
            throw new IllegalArgumentException("BENCH_WARMUP must be between 1 and 600");
        }
        return Duration.ofSeconds(seconds);
    }

    Load(ExecutorService pool, int clients) {
        this.pool = pool;
        this.sequence = new int[clients];
    }

    int clients() {
        return sequence.length;
    }

    Result run(int maxPerClient, Duration limit, Operation operation) throws Exception {
        return run(client -> maxPerClient, limit, operation);
    }

    /** Runs each client on until its sequence number reaches {@code end}, or the time limit has passed. */
    Result runUntilSequence(int end, Duration limit, Operation operation) throws Exception {
        return run(client -> Math.max(0, end - sequence[client]), limit, operation);
    }

    private Result run(java.util.function.IntUnaryOperator maxOfClient, Duration limit, Operation operation) throws Exception {
        int clients = sequence.length;
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Future<Client>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int maxPerClient = maxOfClient.applyAsInt(client);
                Client state = new Client(maxPerClient);
                ready.countDown();
                go.await();
                for (int i = 0; i < maxPerClient && System.nanoTime() < deadline[0]; i++) {
                    int next = sequence[client]++;
                    long start = System.nanoTime();
                    try {
                        operation.run(client, next);
                        state.latencies[state.operations++] = System.nanoTime() - start;
                    } catch (Exception e) {
                        state.errors++;
                        if (state.firstError == null) {
                            state.firstError = e.toString();
                        }
                    }
                }
                state.finished = System.nanoTime();
                return state;
            }));
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the client threads did not start within 30 s");
        }
        long start = System.nanoTime();
        deadline[0] = start + limit.toNanos(); // published to the clients by the latch
        go.countDown();

        int operations = 0;
        int errors = 0;
        String firstError = null;
        long finished = start;
        List<long[]> latencies = new ArrayList<>();
        for (Future<Client> future : futures) {
            // an operation is bounded by its request timeout, so a client ends soon after the deadline
            Client client = future.get(limit.toSeconds() + 120, TimeUnit.SECONDS);
            operations += client.operations;
            errors += client.errors;
            firstError = firstError == null ? client.firstError : firstError;
            finished = Math.max(finished, client.finished);
            latencies.add(Arrays.copyOf(client.latencies, client.operations));
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(operations, errors, firstError, (finished - start) / 1e9, all);
    }

    private static final class Client {
        final long[] latencies;
        int operations;
        int errors;
        String firstError;
        long finished;

        Client(int capacity) {
            latencies = new long[capacity];
        }
    }
}
