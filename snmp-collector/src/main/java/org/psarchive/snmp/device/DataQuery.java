package org.psarchive.snmp.device;

import java.util.Map;
import org.psarchive.platform.error.InvalidInputException;
import org.psarchive.snmp.collect.ArchiveMapping;

/**
 * A data request's parameters as esmond reads them ({@code InterfaceDataResource.obj_get}): {@code begin} and
 * {@code end} in seconds (decimals cut, defaults the last hour), {@code agg} the base interval (the default)
 * or one of the stored aggregation windows, {@code cf} one of average, min, max, raw (default average), and
 * the range capped as for anonymous requests ({@link #maxRange}). Anything else is a 400.
 */
public record DataQuery(long begin, long end, long agg, Consolidation cf) {

    /** esmond's {@code QueryUtil._timerange_limits}, by aggregation: 30 days for base rates. */
    private static final Map<Long, Long> RANGE_LIMITS = Map.of(3600L, 365L * 86400, 86400L, 3650L * 86400);
    static final long BASE_RANGE_LIMIT = 30L * 86400;

    /** The raw query parameters ({@code begin}, {@code end}, {@code agg}, {@code cf}), each null when absent. */
    public record Parameters(String begin, String end, String agg, String cf) {
    }

    /** {@link #parse(String, String, String, String, long, long)} of the raw parameters. */
    public static DataQuery parse(Parameters raw, long baseInterval, long now) {
        return parse(raw.begin(), raw.end(), raw.agg(), raw.cf(), baseInterval, now);
    }

    /** Whether the base rates are asked for (agg is the endpoint's base interval). */
    public boolean base(long baseInterval) {
        return agg == baseInterval;
    }

    /**
     * Each string argument is the raw query parameter or null.
     *
     * @param baseInterval seconds between the endpoint's base points
     * @param now epoch seconds
     */
    public static DataQuery parse(String begin, String end, String agg, String cf, long baseInterval, long now) {
        long endAt = end == null ? now : seconds("end", end);
        long beginAt = begin == null ? now - 3600 : seconds("begin", begin);
        if (beginAt > endAt) {
            throw new InvalidInputException("begin (" + beginAt + ") must not be after end (" + endAt + ").");
        }
        long aggregation = baseInterval;
        if (agg != null) {
            aggregation = seconds("agg", agg);
            if (aggregation != baseInterval && !ArchiveMapping.SUMMARY_WINDOWS.contains((int) Math.min(aggregation, Integer.MAX_VALUE))) {
                throw new InvalidInputException("no aggregation " + agg + " for this interface: agg is the poll interval "
                        + baseInterval + " (base rates) or one of " + ArchiveMapping.SUMMARY_WINDOWS + ".");
            }
        }
        Consolidation consolidation = cf == null ? Consolidation.AVERAGE : Consolidation.fromWireName(cf).orElseThrow(
                () -> new InvalidInputException(cf + " is not a valid consolidation function: cf is one of average, min, max, raw."));
        long limit = maxRange(aggregation, baseInterval);
        if (endAt - beginAt > limit) {
            throw new InvalidInputException("exceeded valid timerange for agg level " + aggregation + ": at most "
                    + limit / 86400 + " days between begin and end.");
        }
        return new DataQuery(beginAt, endAt, aggregation, consolidation);
    }

    /** The longest range between begin and end for an aggregation, in seconds. */
    static long maxRange(long agg, long baseInterval) {
        return agg == baseInterval ? BASE_RANGE_LIMIT : RANGE_LIMITS.get(agg);
    }

    /** esmond's {@code int(float(x))}: decimals cut, never negative, else a 400 naming the parameter. */
    private static long seconds(String name, String value) {
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a number of seconds (got '" + value + "').");
        }
        if (!Double.isFinite(parsed) || parsed < 0 || parsed > 1e15) {
            throw new InvalidInputException(name + " must be a number of seconds from 0 on (got '" + value + "').");
        }
        return (long) parsed;
    }
}
