package org.psarchive.snmp.client;

import java.util.Objects;

/**
 * An SNMPv2c community. A v2c agent silently drops a request with a wrong community, so a wrong one shows
 * as a timeout, never as an error of its own.
 */
public record Community(String secret) implements Credentials {

    public Community {
        Objects.requireNonNull(secret, "community");
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("Empty community");
        }
    }

    @Override
    public String toString() {
        return "Community[***]";
    }
}
