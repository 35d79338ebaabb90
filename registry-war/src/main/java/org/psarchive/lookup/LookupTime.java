package org.psarchive.lookup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as sLS writes them ({@code expires}, {@code lastupdated}): ISO-8601 in UTC with milliseconds. */
public final class LookupTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private LookupTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
