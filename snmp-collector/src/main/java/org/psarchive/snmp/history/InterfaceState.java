package org.psarchive.snmp.history;

import java.util.Objects;

/**
 * An interface's description as the history keeps it.
 *
 * @param ifName the name its archive records use (ifName, else ifDescr, else {@code ifIndex-N})
 * @param speedBitsPerSecond ifHighSpeed x 10^6 where above 0, else ifSpeed; 0 unknown
 */
public record InterfaceState(long ifIndex, String ifName, String ifDescr, String ifAlias, long speedBitsPerSecond) {

    /** Longest text kept per column; a longer one is cut (agents allow 255 octets, multi-byte text may exceed it). */
    public static final int MAX_TEXT = 255;

    public InterfaceState {
        ifName = cut(Objects.requireNonNull(ifName, "ifName"));
        ifDescr = cut(Objects.requireNonNullElse(ifDescr, ""));
        ifAlias = cut(Objects.requireNonNullElse(ifAlias, ""));
        if (speedBitsPerSecond < 0) {
            throw new IllegalArgumentException("negative speed: " + speedBitsPerSecond);
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
