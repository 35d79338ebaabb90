package org.psarchive.snmp.client;

import java.time.Duration;
import java.util.Objects;

/**
 * An agent to ask and how: host (IPv4, IPv6 literal or host name), UDP port, the wait for each attempt,
 * the attempts after the first, and the credentials. The longest a request can take is
 * {@code timeout * (retries + 1)}; that bound is what keeps a dead agent from delaying anything else.
 */
public record SnmpTarget(String host, int port, Duration timeout, int retries, Credentials credentials) {

    public static final int DEFAULT_PORT = 161;

    public SnmpTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(credentials, "credentials");
        if (host.isBlank()) {
            throw new IllegalArgumentException("Empty host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Not a UDP port: " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Timeout must be positive: " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("Negative retries: " + retries);
        }
    }

    /** The most time one request may take before it fails as a timeout. */
    public Duration maxWait() {
        return timeout.multipliedBy(retries + 1L);
    }

    public SnmpTarget withCredentials(Credentials other) {
        return new SnmpTarget(host, port, timeout, retries, other);
    }
}
