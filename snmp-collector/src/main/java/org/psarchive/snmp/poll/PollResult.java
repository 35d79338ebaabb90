package org.psarchive.snmp.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An immutable result of one poll of one target, for the sink to store: which groups were read, the
 * agent's sysUpTime, one sample per kept interface, and the interface descriptions in force (read again
 * in this poll when {@link #descriptionsRefreshed()}).
 *
 * @param startedAt when the poll sent its first request
 * @param receivedAt when its last response arrived; each sample carries its own response time as well
 */
public record PollResult(String target, Instant startedAt, Instant receivedAt, long sysUpTime, long ifNumber,
        Set<OidGroup> groups, List<InterfaceSample> interfaces, InterfaceDescriptions descriptions,
        boolean descriptionsRefreshed) {

    public PollResult {
        groups = Set.copyOf(groups);
        interfaces = List.copyOf(interfaces);
    }

    public Duration responseTime() {
        return Duration.between(startedAt, receivedAt);
    }
}
