package org.psarchive.snmp.device;

import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.MetadataFilter;
import org.psarchive.archive.metadata.MetadataService;
import org.psarchive.archive.metadata.SeriesKey;
import org.psarchive.archive.summary.NumericSummary;
import org.psarchive.archive.timeseries.TimeRange;
import org.psarchive.archive.timeseries.TimeseriesService;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.platform.error.NotFoundException;
import org.psarchive.snmp.collect.ArchiveMapping;
import org.psarchive.snmp.history.InterfaceHistoryTable;
import org.psarchive.snmp.history.InterfacePeriod;
import org.psarchive.snmp.target.StoredTarget;
import org.psarchive.snmp.target.TargetName;
import org.psarchive.snmp.target.TargetStore;

/**
 * esmond's device API over what the collector stores, read only: devices from the targets and the interface
 * history, interfaces from the history and the archive's records, data from the archive's series of the
 * interface's records (base rates, and the stored average, minimum and maximum summaries: ADR 0006).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeviceService {

    /** The poll interval assumed for a device whose target is gone (the targets' default). */
    static final long DEFAULT_INTERVAL = 30;
    /** Records of one interface read at most (one per address the target had). */
    private static final int MAX_RECORDS = 100;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private MetadataService metadata;

    @EJB
    private TimeseriesService timeseries;

    @Inject
    private Clock clock;

    /** Every device, by name. */
    public List<Device> devices() {
        Map<String, StoredTarget> targets = targets();
        Map<String, long[]> spans;
        try (Connection connection = dataSource.getConnection()) {
            spans = new InterfaceHistoryTable(connection).targets();
        } catch (SQLException e) {
            throw new IllegalStateException("reading the interface history failed", e);
        }
        TreeMap<String, Device> devices = new TreeMap<>();
        targets.forEach((name, target) -> devices.put(name, device(target, spans.get(name))));
        spans.forEach((name, span) -> devices.computeIfAbsent(name, n -> device(n, span)));
        return List.copyOf(devices.values());
    }

    /** The device of that name, else a 404. */
    public Device device(String name) {
        Optional<StoredTarget> target;
        long[] span;
        try {
            target = TargetName.isValid(name) ? new TargetStore(dataSource).find(new TargetName(name)) : Optional.empty();
            try (Connection connection = dataSource.getConnection()) {
                span = new InterfaceHistoryTable(connection).span(name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the device failed", e);
        }
        if (target.isPresent()) {
            return device(target.get(), span);
        }
        if (span == null) {
            throw new NotFoundException("No device named '" + name + "'.");
        }
        return device(name, span);
    }

    /** The device's interfaces by name: those of its history, then those only its archive records know. */
    public List<DeviceInterface> interfaces(String deviceName) {
        Device device = device(deviceName);
        Map<String, List<InterfacePeriod>> byName = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (InterfacePeriod period : new InterfaceHistoryTable(connection).periods(device.name())) {
                byName.computeIfAbsent(period.state().ifName(), n -> new ArrayList<>()).add(period);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the interface history failed", e);
        }
        for (Metadata record : records(device.name(), null)) {
            byName.computeIfAbsent(record.parameters().get(ArchiveMapping.IF_NAME_PARAMETER), n -> new ArrayList<>());
        }
        List<DeviceInterface> interfaces = new ArrayList<>();
        byName.forEach((ifName, periods) -> interfaces.add(new DeviceInterface(device.name(), ifName,
                periods.isEmpty() ? null : periods.get(periods.size() - 1), periods)));
        return interfaces;
    }

    /** One interface of the device, else a 404. */
    public DeviceInterface iface(String deviceName, String ifName) {
        return iface(device(deviceName), ifName, records(deviceName, ifName));
    }

    private DeviceInterface iface(Device device, String ifName, List<Metadata> records) {
        List<InterfacePeriod> periods;
        try (Connection connection = dataSource.getConnection()) {
            periods = new InterfaceHistoryTable(connection).periods(device.name(), ifName);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the interface history failed", e);
        }
        if (periods.isEmpty() && records.isEmpty()) {
            throw new NotFoundException("No interface named '" + ifName + "' on device '" + device.name() + "'.");
        }
        return new DeviceInterface(device.name(), ifName, periods.isEmpty() ? null : periods.get(periods.size() - 1), periods);
    }

    /**
     * The endpoint's points on that interface: a 404 when the device or interface does not exist, then the
     * parameters {@link DataQuery#parse parsed} against the endpoint's base interval (the default {@code agg})
     * and now, a 400 if they are wrong.
     */
    public InterfaceData data(String deviceName, String ifName, Endpoint endpoint, DataQuery.Parameters parameters) {
        Device device = device(deviceName);
        List<Metadata> records = records(device.name(), ifName);
        iface(device, ifName, records);
        long baseInterval = endpoint.baseInterval(device.pollInterval());
        DataQuery query = DataQuery.parse(parameters, baseInterval, clock.instant().getEpochSecond());
        String eventType = endpoint.eventType();
        if (query.base(baseInterval)) {
            TreeMap<Long, Double> points = new TreeMap<>();
            TimeRange range = new TimeRange(query.begin(), query.end());
            for (Metadata record : records) {
                record.series(SeriesKey.base(eventType)).ifPresent(series -> timeseries.readNumbers(series, range,
                        (ts, num, count) -> points.merge(ts, num, Double::sum)));
            }
            List<RatePoint> rates = new ArrayList<>(points.size());
            points.forEach((ts, val) -> rates.add(new RatePoint(ts, val, null)));
            return new InterfaceData(endpoint, query, rates);
        }
        Windows windows = new Windows(query.cf(), query.agg(), baseInterval);
        long first = NumericSummary.bin(query.begin(), query.agg());
        if (windows.fromBaseRates()) {
            // the stored minimum or maximum bins (the value, and its base point's time in count); a record
            // written before they were kept: every base point of the windows starting in [begin, end] (ADR 0006)
            SummaryType extreme = query.cf() == Consolidation.MIN ? SummaryType.MINIMUM : SummaryType.MAXIMUM;
            TimeRange bins = new TimeRange(first, query.end());
            TimeRange base = new TimeRange(first, NumericSummary.bin(query.end(), query.agg()) + query.agg() - 1);
            for (Metadata record : records) {
                Optional<Metadata.Series> stored = record.series(new SeriesKey(eventType, extreme, query.agg()));
                if (stored.isPresent()) {
                    timeseries.readNumbers(stored.get(), bins, (ts, num, mTs) -> windows.addRate(mTs, num));
                } else {
                    record.series(SeriesKey.base(eventType)).ifPresent(series -> timeseries.readNumbers(series, base,
                            (ts, num, count) -> windows.addRate(ts, num)));
                }
            }
        } else {
            TimeRange range = new TimeRange(first, query.end());
            SeriesKey average = new SeriesKey(eventType, SummaryType.AVERAGE, query.agg());
            for (Metadata record : records) {
                record.series(average).ifPresent(series -> timeseries.readNumbers(series, range,
                        (ts, num, count) -> windows.addAverageBin(ts, num, count)));
            }
        }
        return new InterfaceData(endpoint, query, windows.points(query.begin(), query.end()));
    }

    /** The collector's records of the target (and interface, if given). */
    private List<Metadata> records(String target, String ifName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ArchiveMapping.TARGET_PARAMETER, target);
        if (ifName != null) {
            parameters.put(ArchiveMapping.IF_NAME_PARAMETER, ifName);
        }
        MetadataFilter filter = new MetadataFilter(Map.of(), "network-element", null, null, null, null, parameters, null, null);
        return metadata.search(filter, ifName == null ? 100_000 : MAX_RECORDS, 0).records().stream()
                .filter(r -> ArchiveMapping.TOOL_NAME.equals(r.subject().get("tool-name"))).toList();
    }

    private Map<String, StoredTarget> targets() {
        Map<String, StoredTarget> targets = new LinkedHashMap<>();
        try {
            for (StoredTarget target : new TargetStore(dataSource).list()) {
                targets.put(target.name().value(), target);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the SNMP targets failed", e);
        }
        return targets;
    }

    private static Device device(StoredTarget target, long[] span) {
        long created = target.created().getEpochSecond();
        long begin = span == null ? created : Math.min(created, span[0]);
        return new Device(target.name().value(), begin, null, target.enabled(), target.intervalSeconds());
    }

    private static Device device(String name, long[] span) {
        return new Device(name, span[0], span[1] == Long.MAX_VALUE ? null : span[1], false, DEFAULT_INTERVAL);
    }

}
