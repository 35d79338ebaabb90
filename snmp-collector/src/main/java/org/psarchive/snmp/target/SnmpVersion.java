package org.psarchive.snmp.target;

import org.psarchive.platform.error.InvalidInputException;

/** The SNMP version a target is asked with: v2c (a community) or v3 (a USM user). */
public enum SnmpVersion {
    V2C("v2c"),
    V3("v3");

    private final String wireName;

    SnmpVersion(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static SnmpVersion parse(String text) {
        for (SnmpVersion version : values()) {
            if (version.wireName.equalsIgnoreCase(text)) {
                return version;
            }
        }
        throw new InvalidInputException("Invalid 'version' '" + TargetFields.printable(text) + "': use v2c or v3.");
    }
}
