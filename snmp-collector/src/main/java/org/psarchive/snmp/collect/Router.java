package org.psarchive.snmp.collect;

import java.util.Objects;

/**
 * The router a target names, as its archive records say it: the target's name, the address polled (an
 * IP literal: the subject's {@code source} and {@code measurement-agent}) and the host as configured
 * ({@code input-source}, a name or the same address).
 */
public record Router(String targetName, String address, String host) {

    public Router {
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(host, "host");
    }
}
