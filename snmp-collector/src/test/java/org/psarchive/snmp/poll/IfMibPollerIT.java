package org.psarchive.snmp.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psarchive.snmp.agent.IfMibAgent;
import org.psarchive.snmp.agent.MutableClock;
import org.psarchive.snmp.client.Community;
import org.psarchive.snmp.client.SnmpTarget;
import org.psarchive.snmp.client.snmp4j.Snmp4jClient;
import org.psarchive.snmp.rate.CounterWidth;
import org.psarchive.snmp.rate.NoRateReason;
import org.psarchive.snmp.rate.RateResult;

/** The poller and the rate tracker against an agent whose counters the test scripts. */
class IfMibPollerIT {

    private static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final long GIGABIT_MBPS = 1_000;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private IfMibAgent agent;
    private Snmp4jClient client;
    private IfMibPoller poller;
    private RateTracker rates;
    private SnmpTarget target;
    private long upTime = 100_000;

    @BeforeEach
    void start() {
        agent = new IfMibAgent();
        agent.setSysUpTime(upTime);
        agent.addInterface(1, "xe-0/0/0", GIGABIT_MBPS);
        agent.addInterface(2, "xe-0/0/1", GIGABIT_MBPS);
        client = new Snmp4jClient(1, clock);
        target = new SnmpTarget("127.0.0.1", agent.port(), Duration.ofSeconds(1), 1,
                new Community(IfMibAgent.COMMUNITY));
        usePoller(PollSettings.defaults(INTERVAL));
    }

    private void usePoller(PollSettings settings) {
        poller = new IfMibPoller(client, clock, settings);
        rates = new RateTracker(settings);
    }

    @AfterEach
    void stop() {
        client.close();
        agent.close();
    }

    private PollResult poll() {
        try {
            return poller.poll("router", target).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("poll failed", e);
        }
    }

    /** The next poll interval: the agent's uptime and our clock both move on by it. */
    private void thirtySecondsLater() {
        clock.advance(INTERVAL);
        upTime += INTERVAL.toMillis() / 10;
        agent.setSysUpTime(upTime);
    }

    private static InterfaceSample sample(PollResult result, long ifIndex) {
        return result.interfaces().stream().filter(s -> s.ifIndex() == ifIndex).findFirst()
                .orElseThrow(() -> new AssertionError("no ifIndex " + ifIndex + " in " + result.interfaces()));
    }

    private static RateResult rate(List<InterfaceRate> rates, long ifIndex, Counter counter) {
        return rates.stream().filter(r -> r.ifIndex() == ifIndex && r.counter() == counter).findFirst()
                .orElseThrow(() -> new AssertionError("no " + counter + " of " + ifIndex + " in " + rates)).result();
    }

    @Test
    void theFirstPollReadsEveryGroupAndTheDescriptions() {
        agent.setHcCounters(1, 1_000, 2_000);

        PollResult result = poll();

        assertEquals(Set.of(OidGroup.FAST, OidGroup.ERRORS, OidGroup.STATUS, OidGroup.DESCRIPTIONS), result.groups());
        assertTrue(result.descriptionsRefreshed());
        assertEquals(2, result.ifNumber());
        assertEquals(upTime, result.sysUpTime());
        assertEquals("xe-0/0/0", result.descriptions().get(1).name());
        assertEquals(1_000_000_000L, result.descriptions().get(1).speedBitsPerSecond());
        InterfaceSample first = sample(result, 1);
        assertEquals(new CounterValue(1_000, CounterWidth.BITS_64), first.counters().get(Counter.IN_OCTETS));
        assertEquals(new CounterValue(2_000, CounterWidth.BITS_64), first.counters().get(Counter.OUT_OCTETS));
        assertEquals(new CounterValue(0, CounterWidth.BITS_32), first.counters().get(Counter.IN_ERRORS));
        assertEquals(OperStatus.UP, first.operStatus());
        assertEquals(clock.instant(), first.receivedAt());
    }

    @Test
    void laterPollsReadOnlyTheOctetsUntilTheSlowerGroupsAreDue() {
        poll();
        thirtySecondsLater();

        PollResult second = poll();

        assertEquals(Set.of(OidGroup.FAST), second.groups());
        assertFalse(second.descriptionsRefreshed());
        assertFalse(sample(second, 1).counters().containsKey(Counter.IN_ERRORS));
        assertEquals(null, sample(second, 1).operStatus());

        clock.advance(Duration.ofSeconds(270)); // 300 s after the first poll: errors are due again
        assertTrue(poll().groups().contains(OidGroup.ERRORS));
    }

    @Test
    void anAddedInterfaceRefreshesTheDescriptionsAtOnce() {
        poll();
        thirtySecondsLater();
        agent.addInterface(3, "et-1/0/0", 100_000);

        PollResult result = poll();

        assertTrue(result.descriptionsRefreshed());
        assertEquals(3, result.ifNumber());
        assertEquals("et-1/0/0", result.descriptions().get(3).name());
        assertNotNull(sample(result, 3).counters().get(Counter.IN_OCTETS));
    }

    @Test
    void aRemovedInterfaceLeavesTheResultAndTheDescriptions() {
        poll();
        thirtySecondsLater();
        agent.removeInterface(2);

        PollResult result = poll();

        assertTrue(result.descriptionsRefreshed());
        assertEquals(List.of(1L), result.interfaces().stream().map(InterfaceSample::ifIndex).toList());
        assertEquals(Set.of(1L), result.descriptions().byIndex().keySet());
    }

    @Test
    void computesRatesBetweenPolls() {
        List<InterfaceRate> first = rates.update(poll());
        thirtySecondsLater();
        agent.setHcCounters(1, 30_000, 60_000);

        List<InterfaceRate> computed = rates.update(poll());

        assertEquals(new RateResult.NoRate(NoRateReason.FIRST_SAMPLE), rate(first, 1, Counter.IN_OCTETS));
        RateResult.Rate in = assertInstanceOf(RateResult.Rate.class, rate(computed, 1, Counter.IN_OCTETS));
        assertEquals(1_000.0, in.perSecond());
        assertEquals(Duration.ofSeconds(30), in.interval());
        assertEquals(2_000.0, ((RateResult.Rate) rate(computed, 1, Counter.OUT_OCTETS)).perSecond());
    }

    @Test
    void errorRatesAreMeasuredOverTheErrorsInterval() {
        rates.update(poll());
        clock.advance(Duration.ofSeconds(300));
        upTime += 30_000;
        agent.setSysUpTime(upTime);
        agent.setInErrors(1, 600);

        RateResult.Rate errors = assertInstanceOf(RateResult.Rate.class,
                rate(rates.update(poll()), 1, Counter.IN_ERRORS));

        assertEquals(2.0, errors.perSecond()); // 300 s apart: a gap for octets polled every 30 s, not for errors
    }

    @Test
    void computesRateAcrossA64BitWrapOnTheAgent() {
        agent.setHcCounters(1, -3_000_000L, 0); // 2^64 - 3,000,000
        rates.update(poll());
        thirtySecondsLater();
        agent.setHcCounters(1, 27_000_000L, 0);

        RateResult.Rate rate = assertInstanceOf(RateResult.Rate.class,
                rate(rates.update(poll()), 1, Counter.IN_OCTETS));

        assertTrue(rate.wrapped());
        assertEquals(1_000_000.0, rate.perSecond());
    }

    @Test
    void fallsBackTo32BitCountersWhereHcIsMissingAndComputesAcrossTheirWrap() {
        agent.removeHcCounters(2);
        agent.setCounters32(2, 0xFFFF_FFFFL - 2_999_999, 0);
        rates.update(poll());
        thirtySecondsLater();
        agent.setCounters32(2, 27_000_000, 0);

        PollResult second = poll();
        List<InterfaceRate> computed = rates.update(second);

        assertEquals(CounterWidth.BITS_32, sample(second, 2).counters().get(Counter.IN_OCTETS).width());
        assertEquals(CounterWidth.BITS_64, sample(second, 1).counters().get(Counter.IN_OCTETS).width());
        RateResult.Rate rate = assertInstanceOf(RateResult.Rate.class, rate(computed, 2, Counter.IN_OCTETS));
        assertTrue(rate.wrapped());
        assertEquals(1_000_000.0, rate.perSecond());
    }

    @Test
    void aCounterResetWithSysUpTimeGoingBackGivesNoRateAndRereadsDescriptions() {
        agent.setHcCounters(1, 9_000_000_000L, 0);
        rates.update(poll());
        clock.advance(INTERVAL);
        agent.setSysUpTime(1_500); // restarted 15 s ago
        agent.setHcCounters(1, 12_000, 0);

        PollResult afterRestart = poll();

        assertTrue(afterRestart.descriptionsRefreshed());
        assertEquals(new RateResult.NoRate(NoRateReason.AGENT_RESTARTED),
                rate(rates.update(afterRestart), 1, Counter.IN_OCTETS));
    }

    @Test
    void aCounterDiscontinuityGivesNoRate() {
        rates.update(poll());
        thirtySecondsLater();
        agent.setDiscontinuityTime(1, upTime - 500);
        agent.addInterface(3, "new", 10); // ifNumber changes, so the descriptions are read again at once

        assertEquals(new RateResult.NoRate(NoRateReason.COUNTER_DISCONTINUITY),
                rate(rates.update(poll()), 1, Counter.IN_OCTETS));
    }

    @Test
    void anIfIndexReusedByAnotherInterfaceGivesNoRate() {
        agent.setHcCounters(2, 5_000_000, 0);
        rates.update(poll());
        thirtySecondsLater();
        agent.removeInterface(2);
        agent.addInterface(2, "ge-9/9/9", GIGABIT_MBPS);
        agent.addInterface(4, "ge-9/9/8", GIGABIT_MBPS);
        agent.setHcCounters(2, 6_000_000, 0); // grew: without the name check this would pass as a rate

        List<InterfaceRate> computed = rates.update(poll());

        assertEquals(new RateResult.NoRate(NoRateReason.INTERFACE_REPLACED), rate(computed, 2, Counter.IN_OCTETS));
        assertInstanceOf(RateResult.Rate.class, rate(computed, 1, Counter.IN_OCTETS));
    }

    @Test
    void aRenamedInterfaceIsSeenAtTheNextDescriptionRefresh() {
        usePoller(PollSettings.defaults(INTERVAL).withInterval(OidGroup.DESCRIPTIONS, Duration.ofSeconds(60)));
        rates.update(poll());
        thirtySecondsLater();
        rates.update(poll());
        thirtySecondsLater();
        agent.rename(1, "xe-0/0/0-renamed");

        PollResult result = poll();

        assertTrue(result.descriptionsRefreshed());
        assertEquals("xe-0/0/0-renamed", result.descriptions().get(1).name());
        assertEquals(new RateResult.NoRate(NoRateReason.INTERFACE_REPLACED),
                rate(rates.update(result), 1, Counter.IN_OCTETS));
    }

    @Test
    void keepsOnlyTheInterfacesTheFilterIncludes() {
        agent.addInterface(3, "lo0", 0);
        usePoller(PollSettings.defaults(INTERVAL).withFilter(new InterfaceFilter(List.of("xe-*"), List.of("*/1"))));

        PollResult result = poll();

        assertEquals(List.of(1L), result.interfaces().stream().map(InterfaceSample::ifIndex).toList());
    }

    @Test
    void aSlowAgentIsTimedByItsResponse() {
        agent.setDelay(Duration.ofMillis(200));
        Instant before = Instant.now();

        PollResult result = poll();

        assertTrue(Duration.between(before, Instant.now()).toMillis() >= 400, "a GET and a walk, each delayed");
        assertEquals(result.startedAt(), clock.instant()); // the test clock did not move: all stamps are equal
    }
}
