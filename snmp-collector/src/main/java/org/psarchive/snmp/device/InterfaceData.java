package org.psarchive.snmp.device;

import java.util.List;

/** An answer of the data endpoints: the range and consolidation used, and the points. */
public record InterfaceData(Endpoint endpoint, DataQuery query, List<RatePoint> points) {

    public InterfaceData {
        points = List.copyOf(points);
    }
}
