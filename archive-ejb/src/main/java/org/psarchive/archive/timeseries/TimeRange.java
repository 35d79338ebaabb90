package org.psarchive.archive.timeseries;

import org.psarchive.platform.error.InvalidInputException;

/**
 * The inclusive window [start, end] in epoch seconds that a read covers, from esmond's {@code time},
 * {@code time-start}, {@code time-end} and {@code time-range} parameters and its defaults: an open end
 * reaches an hour past now (clocks of measurement hosts run ahead), no parameter at all means
 * everything up to now.
 */
public record TimeRange(long start, long end) {

    static final long FUTURE_SLACK = 3600;

    public TimeRange {
        if (start > end) {
            throw new InvalidInputException("time-start must not be after time-end.");
        }
    }

    /** Each argument is the raw query parameter or null. */
    public static TimeRange of(String time, String timeStart, String timeEnd, String timeRange, long now) {
        if (time != null) {
            long at = seconds("time", time);
            return new TimeRange(at, at);
        }
        Long start = timeStart == null ? null : seconds("time-start", timeStart);
        Long end = timeEnd == null ? null : seconds("time-end", timeEnd);
        Long range = timeRange == null ? null : seconds("time-range", timeRange);
        if (start != null && end != null) {
            return new TimeRange(start, end);
        }
        if (start != null) {
            return new TimeRange(start, range != null ? start + range : now + FUTURE_SLACK);
        }
        if (end != null) {
            return new TimeRange(range != null ? end - range : 0, end);
        }
        if (range != null) {
            return new TimeRange(now - range, now + FUTURE_SLACK);
        }
        return new TimeRange(0, now);
    }

    private static long seconds(String name, String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw new InvalidInputException(name + " must not be negative (got '" + value + "').");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number of seconds (got '" + value + "').");
        }
    }
}
