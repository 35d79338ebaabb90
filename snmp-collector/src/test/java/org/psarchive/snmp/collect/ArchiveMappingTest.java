package org.psarchive.snmp.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.NewMetadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.metadata.SubjectType;
import org.psarchive.archive.timeseries.DataPoint;
import org.psarchive.snmp.history.InterfaceState;
import org.psarchive.snmp.poll.Counter;
import org.psarchive.snmp.poll.CounterValue;
import org.psarchive.snmp.poll.InterfaceDescription;
import org.psarchive.snmp.poll.InterfaceDescriptions;
import org.psarchive.snmp.poll.InterfaceRate;
import org.psarchive.snmp.poll.InterfaceSample;
import org.psarchive.snmp.poll.OidGroup;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.rate.CounterWidth;
import org.psarchive.snmp.rate.NoRateReason;
import org.psarchive.snmp.rate.RateResult;

class ArchiveMappingTest {

    private static final Router ROUTER = new Router("core-1", "192.0.2.1", "core-1.example.net");
    private static final Instant AT = Instant.parse("2026-12-04T10:00:30.700Z");

    @Test
    void anInterfaceIsANetworkElementRecordOfTheRouterWithEveryCounterAveragedMinimizedAndMaximizedHourlyAndDaily() {
        NewMetadata record = ArchiveMapping.metadata(new InterfaceWrite.SeriesId(ROUTER, "xe-0/0/1"));

        assertEquals(SubjectType.NETWORK_ELEMENT, record.subjectType());
        assertEquals(Map.of("source", "192.0.2.1", "measurement-agent", "192.0.2.1", "input-source", "core-1.example.net",
                "tool-name", "psarchive/snmp"), record.subject());
        assertEquals(Map.of("snmp-target", "core-1", "ifName", "xe-0/0/1"), record.parameters());
        Set<String> eventTypes = record.series().stream().map(SeriesKey::eventType).collect(Collectors.toSet());
        assertEquals(Set.of("interface-octets-in", "interface-octets-out", "interface-errors-in", "interface-errors-out",
                "interface-discards-in", "interface-discards-out"), eventTypes);
        for (String eventType : eventTypes) {
            assertTrue(EventTypes.find(eventType).isPresent(), eventType + " is registered");
            assertEquals(Set.of(SeriesKey.base(eventType), new SeriesKey(eventType, SummaryType.AVERAGE, 3600),
                    new SeriesKey(eventType, SummaryType.AVERAGE, 86400), new SeriesKey(eventType, SummaryType.MINIMUM, 3600),
                    new SeriesKey(eventType, SummaryType.MINIMUM, 86400), new SeriesKey(eventType, SummaryType.MAXIMUM, 3600),
                    new SeriesKey(eventType, SummaryType.MAXIMUM, 86400)),
                    record.series().stream().filter(s -> s.eventType().equals(eventType)).collect(Collectors.toSet()));
        }
    }

    @Test
    void theRecordNeverChangesWithThePollButWithTheInterfaceName() {
        InterfaceWrite.SeriesId lo = new InterfaceWrite.SeriesId(ROUTER, "lo");
        assertEquals(ArchiveMapping.metadata(lo).checksum(), ArchiveMapping.metadata(lo).checksum());
        assertTrue(!ArchiveMapping.metadata(lo).checksum()
                .equals(ArchiveMapping.metadata(new InterfaceWrite.SeriesId(ROUTER, "lo0")).checksum()));
    }

    @Test
    void ratesBecomePointsPerSecondAtTheResponseSecondOnePerInterface() {
        PollResult result = result(sample(2), sample(1));
        List<InterfaceWrite> writes = ArchiveMapping.writes(ROUTER, result, List.of(
                rate(2, Counter.IN_OCTETS, 1250.5), rate(2, Counter.OUT_OCTETS, 0.0),
                rate(1, Counter.IN_ERRORS, 0.25), rate(1, Counter.OUT_DISCARDS, 3)));

        assertEquals(2, writes.size(), "one write per interface");
        assertEquals("eth0", writes.get(0).series().ifName(), "in ifIndex order, named by ifName");
        assertEquals(List.of(point("interface-errors-in", 0.25), point("interface-discards-out", 3.0)),
                writes.get(0).points());
        assertEquals("ifIndex-2", writes.get(1).series().ifName(), "no description: named by its index");
        assertEquals(List.of(point("interface-octets-in", 1250.5), point("interface-octets-out", 0.0)),
                writes.get(1).points());
    }

    @Test
    void aCounterWithoutARateGivesNoPointAndAnInterfaceWithoutRatesNoWrite() {
        PollResult result = result(sample(1), sample(2));
        List<InterfaceWrite> writes = ArchiveMapping.writes(ROUTER, result, List.of(
                new InterfaceRate(1, "eth0", Counter.IN_OCTETS, new RateResult.NoRate(NoRateReason.FIRST_SAMPLE)),
                rate(1, Counter.OUT_OCTETS, 10),
                new InterfaceRate(2, "", Counter.IN_OCTETS, new RateResult.NoRate(NoRateReason.AGENT_RESTARTED)),
                rate(3, Counter.IN_OCTETS, 10))); // an index the result does not hold

        assertEquals(1, writes.size());
        assertEquals(List.of(point("interface-octets-out", 10.0)), writes.get(0).points());
    }

    @Test
    void neverANegativeOrNonFinitePoint() {
        List<InterfaceWrite> writes = ArchiveMapping.writes(ROUTER, result(sample(1)), List.of(
                rate(1, Counter.IN_OCTETS, -1), rate(1, Counter.OUT_OCTETS, Double.NaN),
                rate(1, Counter.IN_ERRORS, Double.POSITIVE_INFINITY)));
        assertEquals(List.of(), writes);
    }

    @Test
    void anInterfaceWithoutIfNameIsNamedByIfDescr() {
        assertEquals("Ethernet adapter", ArchiveMapping.interfaceName(4,
                new InterfaceDescription(4, "", "Ethernet adapter", "", 0, 0)));
        assertEquals("eth0", ArchiveMapping.interfaceName(4, new InterfaceDescription(4, "eth0", "Ethernet", "", 0, 0)));
    }

    @Test
    void aWriteHoldsAtLeastOnePoint() {
        assertThrows(IllegalArgumentException.class,
                () -> new InterfaceWrite(new InterfaceWrite.SeriesId(ROUTER, "lo"), List.of()));
    }

    @Test
    void aPollThatReadDescriptionsGivesTheKeptInterfacesStatesForTheHistory() {
        TreeMap<Long, InterfaceDescription> descriptions = new TreeMap<>();
        descriptions.put(1L, new InterfaceDescription(1, "eth0", "Intel Ethernet", "uplink", 10_000_000_000L, 0));
        descriptions.put(2L, new InterfaceDescription(2, "", "Loopback", "", 0, 0));
        descriptions.put(3L, new InterfaceDescription(3, "excluded", "filtered out", "", 0, 0));
        PollResult refreshed = new PollResult("core-1", AT.minusMillis(5), AT, 12345, 3, Set.of(OidGroup.DESCRIPTIONS),
                List.of(sample(2), sample(1)), new InterfaceDescriptions(AT, 12345, 3, descriptions), true);

        assertEquals(List.of(new InterfaceState(1, "eth0", "Intel Ethernet", "uplink", 10_000_000_000L),
                new InterfaceState(2, "Loopback", "Loopback", "", 0)), ArchiveMapping.interfaceStates(refreshed));
    }

    @Test
    void aPollThatDidNotReadDescriptionsGivesNoStates() {
        assertEquals(List.of(), ArchiveMapping.interfaceStates(result(sample(1))));
    }

    private static DataPoint point(String eventType, double value) {
        return new DataPoint(eventType, AT.getEpochSecond(), org.psarchive.platform.json.Jsonp.createValue(value));
    }

    private static InterfaceRate rate(long ifIndex, Counter counter, double perSecond) {
        return new InterfaceRate(ifIndex, "", counter,
                new RateResult.Rate((long) Math.max(0, perSecond * 30), Duration.ofSeconds(30), perSecond, false));
    }

    private static InterfaceSample sample(long ifIndex) {
        return new InterfaceSample(ifIndex, Map.of(Counter.IN_OCTETS, new CounterValue(100, CounterWidth.BITS_64)), null, AT);
    }

    private static PollResult result(InterfaceSample... samples) {
        TreeMap<Long, InterfaceDescription> descriptions = new TreeMap<>();
        descriptions.put(1L, new InterfaceDescription(1, "eth0", "Intel Ethernet", "uplink", 10_000_000_000L, 0));
        return new PollResult("core-1", AT.minusMillis(5), AT, 12345, 2, Set.of(OidGroup.FAST), List.of(samples),
                new InterfaceDescriptions(AT, 12345, 2, descriptions), false);
    }
}
