package org.psarchive.lookup;

import java.time.Duration;
import java.util.Optional;

/**
 * sLS's lease rule: a missing, zero or out-of-range {@code ttl} gets the default lease (it is not
 * clamped); a {@code ttl} that is not an ISO-8601 duration is refused.
 */
public record LeasePolicy(Duration min, Duration fallback, Duration max) {

    public Duration leaseFor(Optional<String> ttl) {
        if (ttl.isEmpty() || ttl.get().isBlank()) {
            return fallback;
        }
        Duration asked = Ttl.parse(ttl.get()).orElseThrow(() -> new LeaseRefusedException(
                "Failed to secure lease: ttl '" + ttl.get() + "' is not an ISO-8601 duration such as PT2H or PT30M."));
        return asked.compareTo(min) < 0 || asked.compareTo(max) > 0 ? fallback : asked;
    }
}
