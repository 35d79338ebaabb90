package org.psarchive.web.limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.Config;

/**
 * The body limits (docs/configuration.md): the largest body of each route family, how long a body may
 * take to arrive, and how many bytes the bodies being read may hold together.
 *
 * <p>The families differ by two orders of magnitude on purpose: a bulk PUT of a year of histograms is
 * megabytes, while a lookup record or an admin request is a few kilobytes and the lookup service takes
 * anonymous writes. One 97 MB anonymous lookup POST used to run the embedded database out of memory.
 */
record BodyLimits(long archive, long lookup, long api, Duration readTimeout, long bufferTotal) {

    static final String ARCHIVE = "psarchive.body.max.archive";
    static final String LOOKUP = "psarchive.body.max.lookup";
    static final String API = "psarchive.body.max.api";
    static final String READ_TIMEOUT = "psarchive.body.read.timeout";
    static final String BUFFER_TOTAL = "psarchive.body.buffer.total";

    BodyLimits {
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("PSARCHIVE_BODY_READ_TIMEOUT must be a positive duration such as PT30S");
        }
    }

    static BodyLimits read(Config config) {
        return new BodyLimits(
                size(config, ARCHIVE, "16m"),
                size(config, LOOKUP, "256k"),
                size(config, API, "1m"),
                duration(config, READ_TIMEOUT, "PT30S"),
                size(config, BUFFER_TOTAL, String.valueOf(Runtime.getRuntime().maxMemory() / 4)));
    }

    /** The limit of the route family a path (without the context path) belongs to, and the family's setting. */
    Family familyOf(String path) {
        if (path.startsWith("/esmond/") || path.equals("/esmond") || path.startsWith("/api/archive/")) {
            return new Family("PSARCHIVE_BODY_MAX_ARCHIVE", archive);
        }
        if (path.startsWith("/lookup/") || path.equals("/lookup")) {
            return new Family("PSARCHIVE_BODY_MAX_LOOKUP", lookup);
        }
        return new Family("PSARCHIVE_BODY_MAX_API", api);
    }

    record Family(String setting, long limit) {

        String tooLarge() {
            return "The request body is larger than this resource accepts (" + ByteSize.describe(limit) + ", "
                    + setting + ").";
        }
    }

    private static long size(Config config, String name, String fallback) {
        return ByteSize.parse(environmentName(name), config.getOptionalValue(name, String.class).orElse(fallback));
    }

    private static Duration duration(Config config, String name, String fallback) {
        String text = config.getOptionalValue(name, String.class).orElse(fallback);
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(environmentName(name) + " must be an ISO-8601 duration such as PT30S (got '"
                    + text + "')");
        }
    }

    private static String environmentName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }
}
