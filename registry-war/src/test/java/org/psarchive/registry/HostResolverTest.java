package org.psarchive.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class HostResolverTest {

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void sortsAnswersIntoIpv4AndIpv6InCanonicalForm() {
        HostResolver resolver = new HostResolver(name -> new InetAddress[] {
            address("2001:DB8:0:0::10"), address("192.0.2.10"), address("192.0.2.10")},
                Executors.defaultThreadFactory(), 2, Duration.ofSeconds(5));

        HostResolution result = resolver.resolveAll(List.of("ps.example.org")).get("ps.example.org");

        assertEquals(HostResolution.Outcome.RESOLVED, result.outcome());
        assertEquals(List.of("192.0.2.10"), result.ipv4());
        assertEquals(List.of("2001:db8::10"), result.ipv6());
    }

    @Test
    void anUnknownNameIsNotFound() {
        HostResolver resolver = new HostResolver(name -> {
            throw new UnknownHostException(name);
        }, Executors.defaultThreadFactory(), 2, Duration.ofSeconds(5));

        assertEquals(HostResolution.Outcome.NOT_FOUND,
                resolver.resolveAll(List.of("nowhere.invalid")).get("nowhere.invalid").outcome());
    }

    @Test
    void aSlowNameTimesOutWithoutStallingTheOthers() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        HostResolver resolver = new HostResolver(name -> {
            if (name.startsWith("slow")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new InetAddress[] {address("192.0.2.1")};
        }, Executors.defaultThreadFactory(), 4, Duration.ofMillis(300));

        long start = System.nanoTime();
        Map<String, HostResolution> results = resolver.resolveAll(List.of("slow.example.org", "a.example.org", "b.example.org"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(HostResolution.Outcome.TIMED_OUT, results.get("slow.example.org").outcome());
        assertEquals(HostResolution.Outcome.RESOLVED, results.get("a.example.org").outcome());
        assertEquals(HostResolution.Outcome.RESOLVED, results.get("b.example.org").outcome());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "returned after the deadline, not after the slow name: " + took);
        never.countDown();
    }

    @Test
    void comparesRegisteredAddressesWithResolvedOnes() {
        RegisteredEndpoint endpoint = new RegisteredEndpoint(1, "S", "CH", "net.perfSONAR.Latency", "owamp",
                "tcp://ps.example.org:861", "ps.example.org", "192.0.2.10", "2001:db8::11", null, false, true, true, List.of());
        DualStackEntry entry = DualStackEntry.of(endpoint, new HostResolution("ps.example.org",
                HostResolution.Outcome.RESOLVED, List.of("192.0.2.10"), List.of("2001:db8::10")));

        assertTrue(entry.dualStack());
        assertEquals(Boolean.TRUE, entry.ipv4Matches());
        assertEquals(Boolean.FALSE, entry.ipv6Matches());
        assertTrue(entry.mismatched());
        DualStackReport report = new DualStackReport(List.of(entry));
        assertEquals(1, report.dualStack());
        assertEquals(1, report.mismatched());
        assertEquals(0, report.unresolved());
    }
}
