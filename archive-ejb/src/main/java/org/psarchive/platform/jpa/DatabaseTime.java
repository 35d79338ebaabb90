package org.psarchive.platform.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The current time as the database keeps it: UTC, to the millisecond ({@code DATETIME(3)}). */
public final class DatabaseTime {

    private static final UtcInstantConverter CONVERTER = new UtcInstantConverter();

    private DatabaseTime() {
    }

    /**
     * The clock's time, truncated, so what a request answers equals what a later read of the same row
     * answers. The clock is the injected one ({@code platform.time.SystemClock}).
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An instant as the UTC {@code DATETIME(3)} value plain JDBC binds (what {@link UtcInstantConverter} stores). */
    public static LocalDateTime forJdbc(Instant instant) {
        return CONVERTER.convertToDatabaseColumn(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
