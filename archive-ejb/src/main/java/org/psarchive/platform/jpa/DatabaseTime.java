package org.psarchive.platform.jpa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The current time as the database keeps it: UTC, to the millisecond ({@code DATETIME(3)}). */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    /** Truncated, so what a request answers equals what a later read of the same row answers. */
    public static Instant now() {
        return Instant.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
    }

    /** {@link #now()} as the UTC {@code DATETIME(3)} value plain JDBC binds (what {@link UtcInstantConverter} stores). */
    public static LocalDateTime nowForJdbc() {
        return new UtcInstantConverter().convertToDatabaseColumn(now());
    }
}
