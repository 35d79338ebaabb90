package org.psarchive.snmp.collect;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.psarchive.archive.metadata.Metadata;
import org.psarchive.archive.metadata.MetadataService;
import org.psarchive.archive.timeseries.TimeseriesService;
import org.psarchive.platform.db.SchemaMigrator;
import org.psarchive.snmp.history.InterfaceHistoryTable;
import org.psarchive.snmp.history.InterfaceState;

/**
 * Stores one poll of one router in one transaction: every interface's points as one batched
 * {@link TimeseriesService#writeAll} (summaries included), beside the pScheduler archiver's runs. Each
 * interface's metadata record is created (found by content) once and then kept here: a record never
 * changes, and a renamed interface is another record. A write that fails (a record deleted through the
 * API, the database away) rolls the whole poll back; the caller then {@link #forget}s the router's
 * records, which the next poll finds or creates again.
 */
@Stateless
public class ArchiveSink {

    /** Records written to, by router and interface name; shared by the pool's instances. */
    private static final Map<InterfaceWrite.SeriesId, Metadata> RECORDS = new ConcurrentHashMap<>();
    /** Bounded: past it the map is emptied and records are found again by content (one statement each). */
    static final int MAX_RECORDS = 200_000;

    @EJB
    private MetadataService metadata;

    @EJB
    private TimeseriesService timeseries;

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    private DataSource dataSource;

    /** One transaction: every interface's points of this poll, or none. */
    public void store(List<InterfaceWrite> writes) {
        store(writes, null, List.of(), 0);
    }

    /**
     * One transaction: every interface's points of this poll and, when {@code states} is not empty, the
     * target's interface history brought up to them at {@code at} (epoch s; nothing written if it holds them).
     */
    public void store(List<InterfaceWrite> writes, String target, List<InterfaceState> states, long at) {
        if (!states.isEmpty()) {
            try (Connection connection = dataSource.getConnection()) {
                new InterfaceHistoryTable(connection).record(target, states, at);
            } catch (SQLException e) {
                throw new IllegalStateException("storing the interface history failed", e);
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        List<TimeseriesService.RecordPoints> batch = new ArrayList<>(writes.size());
        for (InterfaceWrite write : writes) {
            batch.add(new TimeseriesService.RecordPoints(record(write.series()), write.points()));
        }
        timeseries.writeAll(batch);
    }

    /** Drops the records kept for this router (after a failed write, or when its target goes). */
    public static void forget(Router router) {
        RECORDS.keySet().removeIf(series -> series.router().equals(router));
    }

    /** How many records are kept (for tests and status). */
    static int kept() {
        return RECORDS.size();
    }

    private Metadata record(InterfaceWrite.SeriesId series) {
        Metadata known = RECORDS.get(series);
        if (known != null) {
            return known;
        }
        Metadata created = metadata.create(ArchiveMapping.metadata(series));
        if (RECORDS.size() >= MAX_RECORDS) {
            RECORDS.clear();
        }
        RECORDS.put(series, created);
        return created;
    }
}
