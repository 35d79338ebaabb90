package org.psarchive.snmp.history;

import java.util.Objects;

/**
 * One row of the history: {@code state} held by an interface of {@code target} from {@code begin} on
 * (epoch seconds), until {@code end}, or still ({@code end} null).
 */
public record InterfacePeriod(String target, InterfaceState state, long begin, Long end) {

    public InterfacePeriod {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
    }

    public boolean isOpen() {
        return end == null;
    }
}
