package org.psarchive.registry;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.psarchive.platform.net.Ipv4Literal;
import org.psarchive.platform.net.Ipv6Text;

/**
 * Resolves many host names at once with the system resolver, on a bounded pool of its own, within one
 * deadline: a slow name becomes {@code TIMED_OUT} and never stalls the others or the caller. A thread
 * blocked in the resolver cannot be interrupted; it ends when the resolver gives up, and its pool is
 * already shut down by then.
 */
final class HostResolver {

    /** The lookup itself: {@link InetAddress#getAllByName} in production, a fake in tests. */
    interface Lookup {
        InetAddress[] addresses(String hostName) throws UnknownHostException;
    }

    static final int THREADS = 8;
    static final Duration DEADLINE = Duration.ofSeconds(5);

    private final Lookup lookup;
    private final ThreadFactory threads;
    private final int poolSize;
    private final Duration deadline;

    HostResolver(Lookup lookup, ThreadFactory threads, int poolSize, Duration deadline) {
        this.lookup = lookup;
        this.threads = threads;
        this.poolSize = poolSize;
        this.deadline = deadline;
    }

    Map<String, HostResolution> resolveAll(Collection<String> hostNames) {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(hostNames));
        Map<String, HostResolution> results = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(poolSize, names.size()), threads);
        try {
            Map<String, Future<HostResolution>> pending = new LinkedHashMap<>();
            names.forEach(name -> pending.put(name, pool.submit(() -> resolve(name))));
            long end = System.nanoTime() + deadline.toNanos();
            for (Map.Entry<String, Future<HostResolution>> entry : pending.entrySet()) {
                results.put(entry.getKey(), await(entry.getKey(), entry.getValue(), end));
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private HostResolution resolve(String name) {
        try {
            List<String> v4 = new ArrayList<>();
            List<String> v6 = new ArrayList<>();
            for (InetAddress address : lookup.addresses(name)) {
                if (address instanceof Inet4Address) {
                    v4.add(Ipv4Literal.text(address.getAddress()));
                } else if (address instanceof Inet6Address) {
                    v6.add(Ipv6Text.of(address.getAddress()));
                }
            }
            return new HostResolution(name, HostResolution.Outcome.RESOLVED, v4.stream().distinct().sorted().toList(),
                    v6.stream().distinct().sorted().toList());
        } catch (UnknownHostException e) {
            return HostResolution.without(name, HostResolution.Outcome.NOT_FOUND);
        } catch (RuntimeException e) {
            return HostResolution.without(name, HostResolution.Outcome.FAILED);
        }
    }

    private static HostResolution await(String name, Future<HostResolution> future, long end) {
        try {
            return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return HostResolution.without(name, HostResolution.Outcome.TIMED_OUT);
        } catch (ExecutionException e) {
            return HostResolution.without(name, HostResolution.Outcome.FAILED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HostResolution.without(name, HostResolution.Outcome.TIMED_OUT);
        }
    }
}
