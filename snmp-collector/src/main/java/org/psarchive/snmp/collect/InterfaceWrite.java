package org.psarchive.snmp.collect;

import java.util.List;
import java.util.Objects;
import org.psarchive.archive.timeseries.DataPoint;

/**
 * One interface's points of one poll, and the record they belong to.
 *
 * @param series the record's identity: the router and the interface's name ({@link ArchiveMapping#metadata})
 * @param points the rates of this poll, at least one
 */
public record InterfaceWrite(SeriesId series, List<DataPoint> points) {

    /** A record's identity: it changes only when the router's address or the interface's name does. */
    public record SeriesId(Router router, String ifName) {
    }

    public InterfaceWrite {
        Objects.requireNonNull(series, "series");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("an interface write needs at least one point");
        }
    }
}
