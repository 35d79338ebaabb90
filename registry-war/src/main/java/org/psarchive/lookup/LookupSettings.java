package org.psarchive.lookup;

import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The lookup service's configuration ({@code PSARCHIVE_LOOKUP_*}), read once from MicroProfile Config and
 * injected where needed ({@link LookupConfiguration}). Leases default to what sLS ships:
 * at least 30 s, 2 h when not asked for, at most 30 days.
 *
 * @param grace how long after its expiry a record may still be renewed; the pruner deletes it then
 * @param maxResults the most records one query answer holds (the rest by paging)
 * @param registrationRestricted whether registering needs the {@code lookup-register} permission
 */
public record LookupSettings(Duration minLease, Duration defaultLease, Duration maxLease, Duration grace,
        int maxResults, boolean registrationRestricted, boolean pruneEnabled) {

    public static LookupSettings read(Config config) {
        return new LookupSettings(
                duration(config, "psarchive.lookup.lease.min", "PT30S"),
                duration(config, "psarchive.lookup.lease.default", "PT2H"),
                duration(config, "psarchive.lookup.lease.max", "P30D"),
                duration(config, "psarchive.lookup.grace", "PT1H"),
                Integer.parseInt(text(config, "psarchive.lookup.max.results", "10000")),
                Boolean.parseBoolean(text(config, "psarchive.lookup.register.restricted", "false")),
                Boolean.parseBoolean(text(config, "psarchive.lookup.prune.enabled", "true")));
    }

    public LeasePolicy leases() {
        return new LeasePolicy(minLease, defaultLease, maxLease);
    }

    private static Duration duration(Config config, String name, String fallback) {
        String text = text(config, name, fallback);
        return Ttl.parse(text).orElseThrow(() -> new IllegalStateException(
                name + " is not an ISO-8601 duration such as PT2H: '" + text + "'"));
    }

    private static String text(Config config, String name, String fallback) {
        return config.getOptionalValue(name, String.class).orElse(fallback).trim();
    }
}
