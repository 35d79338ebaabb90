package org.psarchive.archive.pscheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.PointValues;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.NewMetadata;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.timeseries.DataPoint;
import org.psarchive.archive.timeseries.DataRequest;

/** Every mapped body is one our own esmond API accepts: metadata, bulk data, and each value for its type. */
class ArchiveAcceptanceTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void metadataBodyIsAcceptedByTheArchive(String name, String observer) {
        EsmondMapping mapping = Runs.map(Runs.run(name), observer, DataFormattingPolicy.MAPPED_AND_RAW);
        NewMetadata metadata = MetadataRequest.parse(mapping.metadata());
        assertEquals(mapping.metadata().getString("pscheduler-test-type"),
                metadata.parameters().get("pscheduler-test-type"));
        assertTrue(metadata.series().stream().map(SeriesKey::eventType).anyMatch("pscheduler-raw"::equals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void everyDataPointIsAcceptedForItsEventType(String name, String observer) {
        EsmondMapping mapping = Runs.map(Runs.run(name), observer, DataFormattingPolicy.MAPPED_AND_RAW);
        List<DataPoint> points = DataRequest.bulk(mapping.data());
        assertFalse(points.isEmpty());
        for (DataPoint point : points) {
            PointValues.coerce(EventTypes.require(point.eventType()).dataType(), point.value());
        }
        assertEquals(Runs.run(name).startEpochSeconds(), points.get(0).ts());
    }

    /** What esmond keeps: points of registered event types. The rest it accepted silently and dropped. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.psarchive.archive.pscheduler.RecordedRuns#all")
    void unregisteredPointsAreOnlyTheOnesTheArchiverSendsButEsmondDrops(String name, String observer) {
        EsmondMapping mapping = Runs.map(Runs.run(name), observer, DataFormattingPolicy.MAPPED_AND_RAW);
        List<String> registered = MetadataRequest.parse(mapping.metadata()).series().stream()
                .map(SeriesKey::eventType).distinct().toList();
        String dropped = DataRequest.bulk(mapping.data()).stream().map(DataPoint::eventType)
                .filter(type -> !registered.contains(type)).sorted().distinct().collect(Collectors.joining(","));
        assertTrue(List.of("", "streams-packet-retransmits-subintervals,streams-packet-rtt-subintervals,"
                + "streams-tcp-windowsize-subintervals,streams-throughput-subintervals",
                "streams-packet-rtt,streams-packet-rtt-subintervals,streams-tcp-windowsize-subintervals",
                "streams-throughput-subintervals").contains(dropped), dropped);
    }
}
