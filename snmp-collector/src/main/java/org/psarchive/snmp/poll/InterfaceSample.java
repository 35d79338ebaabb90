package org.psarchive.snmp.poll;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one poll read of one interface: the counters of the groups polled, its oper status if that group
 * was due (else null), and when the response carrying its row arrived.
 */
public record InterfaceSample(long ifIndex, Map<Counter, CounterValue> counters, OperStatus operStatus,
        Instant receivedAt) {

    public InterfaceSample {
        counters = counters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counters));
    }
}
