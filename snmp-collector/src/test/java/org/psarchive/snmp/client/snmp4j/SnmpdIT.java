package org.psarchive.snmp.client.snmp4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.Await;
import org.psarchive.snmp.agent.Snmpd;
import org.psarchive.snmp.client.AuthProtocol;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.Credentials;
import org.psarchive.snmp.client.Oid;
import org.psarchive.snmp.client.PrivProtocol;
import org.psarchive.snmp.client.SnmpException;
import org.psarchive.snmp.client.SnmpFailure;
import org.psarchive.snmp.client.SnmpResponse;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.SnmpValue;
import org.psarchive.snmp.client.Table;
import org.psarchive.snmp.client.TableRow;
import org.psarchive.snmp.client.UsmUser;
import org.psarchive.snmp.mib.IfMib;
import org.psarchive.snmp.poll.Counter;
import org.psarchive.snmp.poll.IfMibPoller;
import org.psarchive.snmp.poll.InterfaceFilter;
import org.psarchive.snmp.poll.InterfaceSample;
import org.psarchive.snmp.poll.OperStatus;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.poll.PollSettings;
import org.psarchive.snmp.probe.Probe;
import org.psarchive.snmp.probe.ProbeResult;
import org.psarchive.snmp.rate.CounterWidth;

/** The SNMP4J client against a real net-snmp snmpd on loopback, started by the test. */
class SnmpdIT {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final UsmUser TESTER = UsmUser.authPriv(Snmpd.USER, AuthProtocol.SHA, Snmpd.AUTH_PASSWORD,
            PrivProtocol.AES_128, Snmpd.PRIV_PASSWORD);

    private static Snmpd snmpd;
    private static Snmp4jClient client;

    @BeforeAll
    static void start() {
        assertTrue(Snmpd.installed(), "net-snmp's snmpd is missing: bin/test installs it (apt-get install snmpd snmp); these tests never skip");
        snmpd = Snmpd.start();
        client = new Snmp4jClient(2, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (snmpd != null) {
            snmpd.close();
        }
    }

    private static SnmpTarget target(Credentials credentials) {
        return new SnmpTarget("127.0.0.1", snmpd.port(), TIMEOUT, 1, credentials);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no outcome within 10 s", e);
        }
    }

    private static SnmpFailure failureOf(CompletableFuture<?> future) {
        try {
            Object value = await(future);
            throw new AssertionError("expected a failure, got " + value);
        } catch (CompletionException e) {
            return assertInstanceOf(SnmpException.class, e.getCause()).failure();
        }
    }

    @Test
    void probesTheAgentOverV2c() {
        ProbeResult result = await(new Probe(client).probe(target(new Community(Snmpd.COMMUNITY))));

        ProbeResult.Reached reached = assertInstanceOf(ProbeResult.Reached.class, result);
        assertTrue(reached.agent().sysDescr().startsWith("Linux"), reached.agent().sysDescr());
        assertFalse(reached.agent().sysName().isEmpty());
        assertTrue(reached.agent().ifNumber() >= 1);
        assertTrue(reached.agent().highCapacityCounters(), "net-snmp serves ifHCInOctets");
    }

    @Test
    void walksLoopbackCountersOverV2c() {
        Table table = await(client.walk(target(new Community(Snmpd.COMMUNITY)),
                List.of(IfMib.IF_NAME, IfMib.IF_HC_IN_OCTETS, IfMib.IF_HC_OUT_OCTETS, IfMib.IF_DESCR), 25));

        TableRow lo = loopbackRow(table);
        assertInstanceOf(SnmpValue.Counter64.class, lo.get(IfMib.IF_HC_IN_OCTETS));
        assertInstanceOf(SnmpValue.Counter64.class, lo.get(IfMib.IF_HC_OUT_OCTETS));
        assertEquals("lo", ((SnmpValue.OctetString) lo.get(IfMib.IF_DESCR)).text());
    }

    private static TableRow loopbackRow(Table table) {
        return table.rows().values().stream()
                .filter(row -> row.get(IfMib.IF_NAME) instanceof SnmpValue.OctetString name && name.text().equals("lo"))
                .findFirst().orElseThrow(() -> new AssertionError("no lo in " + table.rows()));
    }

    @Test
    void reachesTheAgentOverIpv6() {
        assumeTrue(Snmpd.hasIpv6Loopback(), "no ::1 on this host");
        for (Credentials credentials : List.of(new Community(Snmpd.COMMUNITY), TESTER)) {
            SnmpTarget overIpv6 = new SnmpTarget("::1", snmpd.port(), TIMEOUT, 1, credentials);

            SnmpResponse response = await(client.get(overIpv6, List.of(IfMib.SYS_UP_TIME)));

            assertInstanceOf(SnmpValue.TimeTicks.class, response.valueOf(IfMib.SYS_UP_TIME));
        }
    }

    @Test
    void aHostNameThatDoesNotResolveIsReportedAsSuch() {
        SnmpTarget nowhere = new SnmpTarget("no-such-host.invalid", 161, TIMEOUT, 0, new Community("c"));

        assertEquals(SnmpFailure.UNKNOWN_HOST, failureOf(client.get(nowhere, List.of(IfMib.SYS_UP_TIME))));
    }

    @Test
    void getsOverV3AuthPrivWithShaAndAes() {
        SnmpResponse response = await(client.get(target(TESTER), List.of(IfMib.SYS_UP_TIME)));

        assertInstanceOf(SnmpValue.TimeTicks.class, response.valueOf(IfMib.SYS_UP_TIME));
    }

    @Test
    void walksOverV3WithSha256() {
        UsmUser sha256 = UsmUser.authPriv(Snmpd.USER_SHA256, AuthProtocol.SHA_256, Snmpd.AUTH_PASSWORD,
                PrivProtocol.AES_128, Snmpd.PRIV_PASSWORD);

        Table table = await(client.walk(target(sha256), List.of(IfMib.IF_NAME, IfMib.IF_HC_IN_OCTETS), 10));

        loopbackRow(table);
    }

    @Test
    void getsOverV3WithSha512AndAes256() {
        UsmUser strongest = UsmUser.authPriv(Snmpd.USER_SHA512_AES256, AuthProtocol.SHA_512, Snmpd.AUTH_PASSWORD,
                PrivProtocol.AES_256, Snmpd.PRIV_PASSWORD);

        SnmpResponse response = await(client.get(target(strongest), List.of(IfMib.SYS_UP_TIME)));

        assertInstanceOf(SnmpValue.TimeTicks.class, response.valueOf(IfMib.SYS_UP_TIME));
    }

    @Test
    void twoTargetsMayUseOneUserNameWithDifferentPasswords() {
        // Against one agent the other password is simply wrong: what matters is that the right one still works
        // after the wrong one was registered, so one target's secrets never replace another's.
        UsmUser wrong = UsmUser.authPriv(Snmpd.USER, AuthProtocol.SHA, "another-password", PrivProtocol.AES_128,
                Snmpd.PRIV_PASSWORD);
        await(client.get(target(TESTER), List.of(IfMib.SYS_UP_TIME)));

        assertEquals(SnmpFailure.WRONG_AUTH_PASSWORD, failureOf(client.get(target(wrong), List.of(IfMib.SYS_UP_TIME))));
        await(client.get(target(TESTER), List.of(IfMib.SYS_UP_TIME)));
    }

    @Test
    void thousandsOfRequestsInFlightNeedNoThreadEach() throws IOException {
        int threadsBefore = Thread.activeCount();
        List<CompletableFuture<SnmpResponse>> inFlight = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // Every other one to the agent, the rest to a port where nothing answers.
            int port = i % 2 == 0 ? snmpd.port() : Snmpd.freeUdpPort();
            inFlight.add(client.get(new SnmpTarget("127.0.0.1", port, Duration.ofMillis(500), 0,
                    new Community(Snmpd.COMMUNITY)), List.of(IfMib.SYS_UP_TIME)));
        }
        int threadsDuring = Thread.activeCount();

        Map<String, Long> outcomes = inFlight.stream().collect(Collectors.groupingBy(f -> {
            try {
                await(f);
                return "answered";
            } catch (CompletionException e) {
                return ((SnmpException) e.getCause()).failure().name();
            }
        }, Collectors.counting()));

        assertTrue(threadsDuring - threadsBefore < 10, threadsBefore + " threads before, " + threadsDuring + " during");
        // A burst of 1,000 requests at once overflows snmpd's socket buffer (about 770 answered when measured);
        // the rest, and all those to the closed ports, are timeouts. Nothing else, nothing lost.
        assertEquals(Set.of("answered", "TIMEOUT"), outcomes.keySet(), outcomes.toString());
        assertTrue(outcomes.get("answered") >= 200, outcomes.toString());
        assertTrue(outcomes.get("TIMEOUT") >= 1_000, outcomes.toString());
    }

    @Test
    void closingTheClientEndsItsRequestsAndReleasesItsThreads() throws IOException {
        int threadsBefore = Thread.activeCount();
        Snmp4jClient own = new Snmp4jClient(3, Clock.systemUTC());
        await(own.get(target(new Community(Snmpd.COMMUNITY)), List.of(IfMib.SYS_UP_TIME)));
        CompletableFuture<SnmpResponse> pending = own.get(new SnmpTarget("127.0.0.1", Snmpd.freeUdpPort(),
                Duration.ofSeconds(30), 0, new Community(Snmpd.COMMUNITY)), List.of(IfMib.SYS_UP_TIME));

        own.close();

        assertEquals(SnmpFailure.SEND_FAILED, failureOf(pending));
        assertEquals(SnmpFailure.SEND_FAILED, failureOf(own.get(target(new Community(Snmpd.COMMUNITY)),
                List.of(IfMib.SYS_UP_TIME))));
        Await.until(() -> Thread.activeCount() <= threadsBefore, Duration.ofSeconds(5),
                () -> Thread.activeCount() + " threads, " + threadsBefore + " before the client");
    }

    @Test
    void aWrongCommunityIsATimeout() {
        SnmpTarget wrong = target(new Community("not-the-community"));

        assertEquals(SnmpFailure.TIMEOUT, failureOf(client.get(wrong, List.of(IfMib.SYS_UP_TIME))));
        ProbeResult.Failed failed = assertInstanceOf(ProbeResult.Failed.class, await(new Probe(client).probe(wrong)));
        assertTrue(failed.message().contains("the community is wrong"), failed.message());
    }

    @Test
    void anUnknownUserIsReportedAsSuch() {
        UsmUser stranger = UsmUser.authPriv("stranger", AuthProtocol.SHA, Snmpd.AUTH_PASSWORD, PrivProtocol.AES_128,
                Snmpd.PRIV_PASSWORD);

        assertEquals(SnmpFailure.UNKNOWN_USER, failureOf(client.get(target(stranger), List.of(IfMib.SYS_UP_TIME))));
    }

    @Test
    void aWrongAuthPasswordIsReportedAsSuch() {
        UsmUser wrongAuth = UsmUser.authPriv(Snmpd.USER, AuthProtocol.SHA, "wrong-auth-password",
                PrivProtocol.AES_128, Snmpd.PRIV_PASSWORD);

        assertEquals(SnmpFailure.WRONG_AUTH_PASSWORD,
                failureOf(client.get(target(wrongAuth), List.of(IfMib.SYS_UP_TIME))));
    }

    @Test
    void aWrongPrivPasswordIsReportedAsSuch() {
        UsmUser wrongPriv = UsmUser.authPriv(Snmpd.USER, AuthProtocol.SHA, Snmpd.AUTH_PASSWORD,
                PrivProtocol.AES_128, "wrong-priv-password");

        assertEquals(SnmpFailure.WRONG_PRIV_PASSWORD,
                failureOf(client.get(target(wrongPriv), List.of(IfMib.SYS_UP_TIME))));
    }

    @Test
    void aSecurityLevelTheUserLacksIsReportedAsSuch() {
        UsmUser authOnlyAskingPriv = UsmUser.authPriv(Snmpd.USER_AUTH_ONLY, AuthProtocol.SHA, Snmpd.AUTH_PASSWORD,
                PrivProtocol.AES_128, Snmpd.PRIV_PASSWORD);

        assertEquals(SnmpFailure.UNSUPPORTED_SECURITY_LEVEL,
                failureOf(client.get(target(authOnlyAskingPriv), List.of(IfMib.SYS_UP_TIME))));
    }

    @Test
    void aClosedPortTimesOutWithinTimeoutTimesAttempts() throws IOException {
        SnmpTarget closed = new SnmpTarget("127.0.0.1", Snmpd.freeUdpPort(), TIMEOUT, 2,
                new Community(Snmpd.COMMUNITY));
        Instant start = Instant.now();

        assertEquals(SnmpFailure.TIMEOUT, failureOf(client.get(closed, List.of(IfMib.SYS_UP_TIME))));

        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(closed.maxWait().plusMillis(500)) < 0, "took " + took);
        assertTrue(took.compareTo(closed.maxWait().minusMillis(50)) >= 0, "gave up early: " + took);
    }

    @Test
    void loopbackCountersMoveWithTraffic() throws Exception {
        SnmpTarget target = target(new Community(Snmpd.COMMUNITY));
        long before = loopbackInOctets(target);

        sendOverLoopback(2_000_000);

        // snmpd refreshes interface counters from its cache about every 3 s: ask until they moved, 10 s at most.
        Instant deadline = Instant.now().plusSeconds(10);
        long after = before;
        while (after - before < 2_000_000 && Instant.now().isBefore(deadline)) {
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)).join();
            after = loopbackInOctets(target);
        }
        assertTrue(after - before >= 2_000_000, "lo moved by " + (after - before) + " octets only");
    }

    private static long loopbackInOctets(SnmpTarget target) {
        Table table = await(client.walk(target, List.of(IfMib.IF_NAME, IfMib.IF_HC_IN_OCTETS), 25));
        return ((SnmpValue.Counter64) loopbackRow(table).get(IfMib.IF_HC_IN_OCTETS)).value();
    }

    /** Pushes bytes through a TCP connection on 127.0.0.1, which counts on lo. */
    private static void sendOverLoopback(int bytes) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> received = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
                    return in.transferTo(OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
            });
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    OutputStream out = socket.getOutputStream()) {
                out.write(new byte[bytes]);
            }
            assertEquals(bytes, received.join());
        }
    }

    @Test
    void rediscoversTheEngineAfterARestartWithANewEngineId() {
        // An agent of its own: restarting the shared one would disturb the other tests.
        try (Snmpd own = Snmpd.start()) {
            SnmpTarget target = new SnmpTarget("127.0.0.1", own.port(), TIMEOUT, 1, TESTER);
            await(client.get(target, List.of(IfMib.SYS_UP_TIME)));
            String firstEngine = own.engineId();

            own.restart();

            assertNotEquals(firstEngine, own.engineId());
            SnmpResponse after = await(client.get(target, List.of(IfMib.SYS_UP_TIME)));
            assertInstanceOf(SnmpValue.TimeTicks.class, after.valueOf(IfMib.SYS_UP_TIME));
        } catch (CompletionException e) {
            fail("the same client did not reach the restarted agent: " + e.getCause());
        }
    }

    @Test
    void thePollerReadsLoopbackFromSnmpd() {
        IfMibPoller poller = new IfMibPoller(client, Clock.systemUTC(), PollSettings.defaults(Duration.ofSeconds(30))
                .withFilter(new InterfaceFilter(List.of("lo"), List.of())));

        PollResult result = await(poller.poll("localhost", target(TESTER)));

        assertEquals(1, result.interfaces().size(), result.interfaces().toString());
        InterfaceSample lo = result.interfaces().get(0);
        assertEquals("lo", result.descriptions().get(lo.ifIndex()).name());
        assertEquals(CounterWidth.BITS_64, lo.counters().get(Counter.IN_OCTETS).width());
        assertEquals(OperStatus.UP, lo.operStatus());
        assertTrue(result.sysUpTime() > 0);
    }

    @Test
    void walksAreFastOnLoopback() {
        // Not a benchmark: prints the figure docs/snmp.md quotes, and fails only if something is badly wrong.
        SnmpTarget target = target(new Community(Snmpd.COMMUNITY));
        List<Oid> columns = List.of(IfMib.IF_NAME, IfMib.IF_DESCR, IfMib.IF_HC_IN_OCTETS, IfMib.IF_HC_OUT_OCTETS,
                IfMib.IF_IN_ERRORS, IfMib.IF_OUT_ERRORS);
        await(client.walk(target, columns, 25));
        int walks = 200;
        long start = System.nanoTime();
        for (int i = 0; i < walks; i++) {
            await(client.walk(target, columns, 25));
        }
        double ms = (System.nanoTime() - start) / 1e6 / walks;
        System.out.printf("walk of %d columns over lo's interfaces: %.2f ms%n", columns.size(), ms);
        assertTrue(ms < 50, "a walk of a few interfaces took " + ms + " ms");
    }
}
