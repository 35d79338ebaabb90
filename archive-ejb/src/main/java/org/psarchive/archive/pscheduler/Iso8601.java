package org.psarchive.archive.pscheduler;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pScheduler's ISO 8601 helpers as the esmond archiver used them: a duration becomes a Python
 * {@code timedelta} (whole microseconds) and then {@code total_seconds()}; a schedule start becomes
 * whole epoch seconds ({@code calendar.timegm(dt.utctimetuple())}, fraction dropped, a time without
 * offset read as UTC). Years and months are refused, as pScheduler refuses them.
 */
final class Iso8601 {

    private static final String N = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern DURATION = Pattern.compile("([+-])?P(?:" + N + "Y)?(?:" + N + "M)?(?:" + N + "W)?(?:"
            + N + "D)?(?:T(?:" + N + "H)?(?:" + N + "M)?(?:" + N + "S)?)?");
    private static final long[] MICROS_PER_UNIT = {0, 0, 0, 604_800_000_000L, 86_400_000_000L, 3_600_000_000L,
        60_000_000L, 1_000_000L};

    private Iso8601() {
    }

    /** The duration as Python's {@code timedelta.total_seconds()} returns it. */
    static double seconds(String duration) {
        return micros(duration) / 1e6;
    }

    /** The duration in whole microseconds, rounded half-even as {@code timedelta} rounds. */
    static long micros(String duration) {
        Matcher m = duration == null ? null : DURATION.matcher(duration.trim());
        if (m == null || !m.matches() || duration.trim().equals("P") || duration.trim().endsWith("T")) {
            throw new IllegalArgumentException("not an ISO 8601 duration: " + duration);
        }
        if (nonZero(m.group(2)) || nonZero(m.group(3))) {
            throw new IllegalArgumentException("durations in years or months are not supported: " + duration);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int group = 4; group <= 8; group++) {
            if (m.group(group) != null) {
                total = total.add(number(m.group(group)).multiply(BigDecimal.valueOf(MICROS_PER_UNIT[group - 1])));
            }
        }
        long micros = total.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        return "-".equals(m.group(1)) ? -micros : micros;
    }

    /** Whole seconds since 1970 of an ISO 8601 date and time. */
    static long epochSeconds(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime.trim()).toEpochSecond();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(dateTime.trim()).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return Instant.parse(dateTime.trim()).getEpochSecond();
            }
        }
    }

    private static boolean nonZero(String value) {
        return value != null && number(value).signum() != 0;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }
}
