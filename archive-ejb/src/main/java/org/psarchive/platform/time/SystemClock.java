package org.psarchive.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one {@link Clock} of the platform, for injection: services ask it for "now" instead of calling
 * {@code Instant.now()}, so that tests of leases, expiry and retention set the time instead of waiting
 * for it (they construct the service with a clock of their own).
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
