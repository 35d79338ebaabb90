package org.psarchive.snmp.device;

import java.util.List;
import org.psarchive.snmp.history.InterfacePeriod;

/**
 * An interface of a device, by its name (the archive records' ifName). {@code current} is its latest
 * description period (null for an interface known only from archive records written before the history
 * existed); {@code history} every period, oldest first.
 */
public record DeviceInterface(String device, String ifName, InterfacePeriod current, List<InterfacePeriod> history) {

    public DeviceInterface {
        history = List.copyOf(history);
    }
}
