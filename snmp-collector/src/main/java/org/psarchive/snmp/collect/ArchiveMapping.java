package org.psarchive.snmp.collect;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.psarchive.archive.metadata.MetadataRequest;
import org.psarchive.archive.metadata.NewMetadata;
import org.psarchive.archive.timeseries.DataPoint;
import org.psarchive.platform.json.Jsonp;
import org.psarchive.snmp.history.InterfaceState;
import org.psarchive.snmp.poll.Counter;
import org.psarchive.snmp.poll.InterfaceDescription;
import org.psarchive.snmp.poll.InterfaceRate;
import org.psarchive.snmp.poll.InterfaceSample;
import org.psarchive.snmp.poll.PollResult;
import org.psarchive.snmp.rate.RateResult;

/**
 * Turns one poll's rates into what the archive stores (pure): per interface with at least one rate, one
 * {@code network-element} metadata record and the points of this poll. docs/snmp.md, "From poll to row".
 */
public final class ArchiveMapping {

    /** The subject's {@code tool-name} of every record the collector writes. */
    public static final String TOOL_NAME = "psarchive/snmp";
    /** Parameters of a record: the target's name and the interface's. */
    public static final String TARGET_PARAMETER = "snmp-target";
    public static final String IF_NAME_PARAMETER = "ifName";
    /** Summary windows kept beside the base points, in seconds (esmond's FastPollHC aggregates). */
    public static final List<Integer> SUMMARY_WINDOWS = List.of(3600, 86400);
    /** Summaries kept over each window: esmond's average, min and max (its device API's cf); ADR 0006. */
    public static final List<String> SUMMARY_TYPES = List.of("average", "minimum", "maximum");

    private static final Map<Counter, String> EVENT_TYPES = new EnumMap<>(Map.of(
            Counter.IN_OCTETS, "interface-octets-in",
            Counter.OUT_OCTETS, "interface-octets-out",
            Counter.IN_ERRORS, "interface-errors-in",
            Counter.OUT_ERRORS, "interface-errors-out",
            Counter.IN_DISCARDS, "interface-discards-in",
            Counter.OUT_DISCARDS, "interface-discards-out"));

    private ArchiveMapping() {
    }

    /** The event type of a counter's rates (per second; octets per second for the octet counters). */
    public static String eventType(Counter counter) {
        return EVENT_TYPES.get(counter);
    }

    /**
     * The interface's name as records name it: ifName, else ifDescr (agents without ifXTable), else
     * {@code ifIndex-N}.
     */
    public static String interfaceName(long ifIndex, InterfaceDescription description) {
        if (description != null && !description.name().isBlank()) {
            return description.name();
        }
        if (description != null && !description.descr().isBlank()) {
            return description.descr();
        }
        return "ifIndex-" + ifIndex;
    }

    /** The record of one interface of a router: every counter's event type, with average, minimum and maximum summaries. */
    public static NewMetadata metadata(InterfaceWrite.SeriesId series) {
        Router router = series.router();
        String ifName = series.ifName();
        JsonArrayBuilder eventTypes = Jsonp.createArrayBuilder();
        for (Counter counter : Counter.values()) {
            JsonArrayBuilder summaries = Jsonp.createArrayBuilder();
            for (String summaryType : SUMMARY_TYPES) {
                for (int window : SUMMARY_WINDOWS) {
                    summaries.add(Jsonp.createObjectBuilder().add("summary-type", summaryType)
                            .add("summary-window", String.valueOf(window)));
                }
            }
            eventTypes.add(Jsonp.createObjectBuilder().add("event-type", eventType(counter)).add("summaries", summaries));
        }
        JsonObjectBuilder body = Jsonp.createObjectBuilder()
                .add("subject-type", "network-element")
                .add("source", router.address())
                .add("measurement-agent", router.address())
                .add("input-source", router.host())
                .add("tool-name", TOOL_NAME)
                .add(TARGET_PARAMETER, router.targetName())
                .add(IF_NAME_PARAMETER, ifName)
                .add("event-types", eventTypes);
        return MetadataRequest.parse(body.build());
    }

    /**
     * The writes of one poll: one per interface with at least one rate, in ifIndex order; a counter
     * without a rate (first sample, gap, reset ...) gives no point, and never a negative one.
     */
    public static List<InterfaceWrite> writes(Router router, PollResult result, List<InterfaceRate> rates) {
        Map<Long, InterfaceSample> samples = new LinkedHashMap<>();
        result.interfaces().forEach(sample -> samples.put(sample.ifIndex(), sample));
        Map<Long, List<DataPoint>> points = new TreeMap<>();
        for (InterfaceRate rate : rates) {
            InterfaceSample sample = samples.get(rate.ifIndex());
            if (sample == null || !(rate.result() instanceof RateResult.Rate r)) {
                continue;
            }
            double perSecond = r.perSecond();
            if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
                continue; // RateCalculator never gives one; a store must not either
            }
            points.computeIfAbsent(rate.ifIndex(), i -> new ArrayList<>()).add(new DataPoint(eventType(rate.counter()),
                    sample.receivedAt().getEpochSecond(), Jsonp.createValue(perSecond)));
        }
        List<InterfaceWrite> writes = new ArrayList<>();
        points.forEach((ifIndex, list) -> {
            String ifName = interfaceName(ifIndex, result.descriptions().get(ifIndex));
            writes.add(new InterfaceWrite(new InterfaceWrite.SeriesId(router, ifName), list));
        });
        return writes;
    }

    /**
     * The kept interfaces' descriptions of this poll, as the interface history keeps them (in ifIndex order),
     * or an empty list when the poll did not read descriptions again (nothing to compare).
     */
    public static List<InterfaceState> interfaceStates(PollResult result) {
        if (!result.descriptionsRefreshed()) {
            return List.of();
        }
        Map<Long, InterfaceState> states = new TreeMap<>();
        for (InterfaceSample sample : result.interfaces()) {
            InterfaceDescription description = result.descriptions().get(sample.ifIndex());
            if (description != null) {
                states.put(sample.ifIndex(), new InterfaceState(sample.ifIndex(), interfaceName(sample.ifIndex(), description),
                        description.descr(), description.alias(), description.speedBitsPerSecond()));
            }
        }
        return List.copyOf(states.values());
    }
}
