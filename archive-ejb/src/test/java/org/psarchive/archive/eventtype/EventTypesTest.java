package org.psarchive.archive.eventtype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.psarchive.platform.error.InvalidInputException;

class EventTypesTest {

    @Test
    void hasEsmondsFortyNineEventTypesAndSixOfInterfaces() {
        assertEquals(55, EventTypes.all().size());
        assertEquals(55, EventTypes.all().stream().map(EventType::name).distinct().count());
        assertEquals(6, EventTypes.all().stream().filter(type -> type.name().startsWith("interface-")).count());
    }

    @Test
    void hasEsmondsCountPerDataTypePlusSixFloatsOfInterfaces() {
        Map<DataType, Long> counts = EventTypes.all().stream()
                .collect(Collectors.groupingBy(EventType::dataType, Collectors.counting()));
        assertEquals(Map.of(DataType.INTEGER, 14L, DataType.FLOAT, 13L, DataType.PERCENTAGE, 2L,
                DataType.HISTOGRAM, 4L, DataType.SUBINTERVAL, 4L, DataType.JSON, 18L), counts);
    }

    @ParameterizedTest
    @CsvSource({
        "throughput, INTEGER", "packet-count-sent, INTEGER", "packet-count-lost-bidir, INTEGER",
        "packet-rtt, INTEGER", "tcp-windowsize, INTEGER", "path-mtu, INTEGER", "ntp-stratum, INTEGER",
        "time-error-estimates, FLOAT", "ntp-offset, FLOAT", "ntp-polling-interval, FLOAT", "ntp-dispersion, FLOAT",
        "packet-loss-rate, PERCENTAGE", "packet-loss-rate-bidir, PERCENTAGE",
        "histogram-owdelay, HISTOGRAM", "histogram-rtt, HISTOGRAM", "histogram-ttl-reverse, HISTOGRAM",
        "throughput-subintervals, SUBINTERVAL", "packet-retransmits-subintervals, SUBINTERVAL",
        "tcp-windowsize-subintervals, SUBINTERVAL", "packet-rtt-subintervals, SUBINTERVAL",
        "failures, JSON", "packet-trace, JSON", "packet-trace-multi, JSON", "pscheduler-run-href, JSON",
        "streams-throughput, JSON", "streams-tcp-windowsize-subintervals, JSON", "streams-tcpinfo, JSON",
        "tcpinfo, JSON", "iostat, JSON", "mpstat, JSON", "rusage, JSON", "pscheduler-raw, JSON"
    })
    void knowsTheDataTypeOfEachEventType(String name, DataType dataType) {
        assertEquals(new EventType(name, dataType), EventTypes.require(name));
        assertEquals(dataType, EventTypes.find(name).orElseThrow().dataType());
    }

    @Test
    void matchesNamesExactly() {
        assertTrue(EventTypes.find("Throughput").isEmpty());
        assertTrue(EventTypes.find("throughput ").isEmpty());
        assertTrue(EventTypes.find("throughput-subinterval").isEmpty());
        assertTrue(EventTypes.find(null).isEmpty());
    }

    @Test
    void rejectsAnUnknownEventTypeByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EventTypes.require("bogus"));
        assertEquals("Unknown event type 'bogus'", e.getMessage());
        assertEquals(400, e.status());
    }

    @Test
    void listsEventTypesSortedByNameAndUnmodifiable() {
        List<EventType> all = EventTypes.all();
        assertEquals(all.stream().sorted(Comparator.comparing(EventType::name)).toList(), all);
        assertEquals("failures", all.get(0).name());
        assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
    }

    @Test
    void refusesABlankEventTypeName() {
        assertThrows(IllegalArgumentException.class, () -> new EventType(" ", DataType.JSON));
    }
}
