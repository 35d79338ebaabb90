package org.psarchive.archive.eventtype;

import static org.psarchive.archive.eventtype.DataType.FLOAT;
import static org.psarchive.archive.eventtype.DataType.HISTOGRAM;
import static org.psarchive.archive.eventtype.DataType.INTEGER;
import static org.psarchive.archive.eventtype.DataType.JSON;
import static org.psarchive.archive.eventtype.DataType.PERCENTAGE;
import static org.psarchive.archive.eventtype.DataType.SUBINTERVAL;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psarchive.platform.error.InvalidInputException;

/**
 * The event types the archive accepts: esmond's {@code EVENT_TYPE_CONFIG} (perfSONAR 4.4), one
 * row per event type. Names are matched exactly, case-sensitively, as in esmond. Plus the SNMP
 * collector's interface rates ({@code interface-*}, per second, floats; docs/snmp.md), which esmond
 * kept outside this API.
 */
public final class EventTypes {

    private static final List<EventType> ALL = Stream.of(
            et("failures", JSON),
            et("histogram-owdelay", HISTOGRAM),
            et("histogram-rtt", HISTOGRAM),
            et("histogram-ttl", HISTOGRAM),
            et("histogram-ttl-reverse", HISTOGRAM),
            rates("interface-discards-in"),
            rates("interface-discards-out"),
            rates("interface-errors-in"),
            rates("interface-errors-out"),
            rates("interface-octets-in"),
            rates("interface-octets-out"),
            et("iostat", JSON),
            et("mpstat", JSON),
            et("ntp-delay", FLOAT),
            et("ntp-dispersion", FLOAT),
            et("ntp-jitter", FLOAT),
            et("ntp-offset", FLOAT),
            et("ntp-polling-interval", FLOAT),
            et("ntp-reach", INTEGER),
            et("ntp-stratum", INTEGER),
            et("ntp-wander", FLOAT),
            et("packet-count-lost", INTEGER),
            et("packet-count-lost-bidir", INTEGER),
            et("packet-count-sent", INTEGER),
            et("packet-duplicates", INTEGER),
            et("packet-duplicates-bidir", INTEGER),
            et("packet-loss-rate", PERCENTAGE),
            et("packet-loss-rate-bidir", PERCENTAGE),
            et("packet-reorders", INTEGER),
            et("packet-reorders-bidir", INTEGER),
            et("packet-retransmits", INTEGER),
            et("packet-retransmits-subintervals", SUBINTERVAL),
            et("packet-rtt", INTEGER),
            et("packet-rtt-subintervals", SUBINTERVAL),
            et("packet-trace", JSON),
            et("packet-trace-multi", JSON),
            et("path-mtu", INTEGER),
            et("pscheduler-raw", JSON),
            et("pscheduler-run-href", JSON),
            et("rusage", JSON),
            et("streams-packet-retransmits", JSON),
            et("streams-packet-retransmits-subintervals", JSON),
            et("streams-packet-rtt", JSON),
            et("streams-packet-rtt-subintervals", JSON),
            et("streams-tcp-windowsize", JSON),
            et("streams-tcp-windowsize-subintervals", JSON),
            et("streams-tcpinfo", JSON),
            et("streams-throughput", JSON),
            et("streams-throughput-subintervals", JSON),
            et("tcp-windowsize", INTEGER),
            et("tcp-windowsize-subintervals", SUBINTERVAL),
            et("tcpinfo", JSON),
            et("throughput", INTEGER),
            et("throughput-subintervals", SUBINTERVAL),
            et("time-error-estimates", FLOAT))
            .sorted(Comparator.comparing(EventType::name))
            .toList();

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** The collector's interface rates: floats that may keep minimum and maximum summaries. */
    private static EventType rates(String name) {
        return new EventType(name, FLOAT, true);
    }

    private static EventType et(String name, DataType dataType) {
        return new EventType(name, dataType);
    }

    public static Optional<EventType> find(String name) {
        return Optional.ofNullable(name).map(BY_NAME::get);
    }

    /** The event type of that name, or a 400 naming it. */
    public static EventType require(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException("Unknown event type '" + name + "'"));
    }

    /** Every event type, sorted by name (the order esmond lists them in a metadata record). */
    public static List<EventType> all() {
        return ALL;
    }
}
