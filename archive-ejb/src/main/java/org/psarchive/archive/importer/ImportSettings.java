package org.psarchive.archive.importer;

import java.time.Duration;

/**
 * How an import reads its source (keys in docs/configuration.md): records per metadata page, points per
 * data request (esmond's client asks for 1000; elmond refuses more than 10,000), the request timeout, the
 * least time between two requests (the throttle), how often a 5xx or timeout is retried (each time after
 * twice the last back-off, with half the time window) and the first back-off.
 */
public record ImportSettings(int metadataLimit, int dataLimit, Duration timeout, Duration minInterval, int maxFailures,
        Duration backoff) {

    public static final ImportSettings DEFAULT = new ImportSettings(500, 1000, Duration.ofSeconds(60),
            Duration.ofMillis(20), 6, Duration.ofSeconds(1));

    public ImportSettings {
        if (metadataLimit < 1 || dataLimit < 1 || dataLimit > EsmondSource.ELMOND_MAX_LIMIT || maxFailures < 0) {
            throw new IllegalArgumentException("import settings out of range");
        }
    }
}
