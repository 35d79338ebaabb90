package org.psarchive.archive.retention;

import java.util.Comparator;
import org.psarchive.archive.eventtype.EventTypes;
import org.psarchive.archive.eventtype.SummaryType;
import org.psarchive.platform.error.InvalidInputException;

/**
 * How many days the series matching a pattern keep their points. {@code eventType} and
 * {@code summaryType} may be {@link #ANY}; {@code window} may be {@link #ANY_WINDOW}.
 */
public record RetentionPolicy(String eventType, String summaryType, long window, int keepDays) {

    public static final String ANY = "*";
    public static final long ANY_WINDOW = -1;
    static final int MAX_DAYS = 36_500;

    /** More specific first: an exact event type beats a summary type, which beats a window. */
    static final Comparator<RetentionPolicy> MOST_SPECIFIC_FIRST = Comparator
            .comparing((RetentionPolicy p) -> p.eventType.equals(ANY))
            .thenComparing(p -> p.summaryType.equals(ANY))
            .thenComparing(p -> p.window == ANY_WINDOW);

    public RetentionPolicy {
        if (!eventType.equals(ANY)) {
            EventTypes.require(eventType);
        }
        if (!summaryType.equals(ANY) && SummaryType.fromWireName(summaryType).isEmpty()) {
            throw new InvalidInputException("summary-type must be *, base, aggregation, average or statistics.");
        }
        if (window < ANY_WINDOW) {
            throw new InvalidInputException("summary-window must be * or a whole number of seconds.");
        }
        if (keepDays < 1 || keepDays > MAX_DAYS) {
            throw new InvalidInputException("keep-days must be 1 to " + MAX_DAYS + ".");
        }
    }

    boolean matches(String seriesEventType, String seriesSummaryType, long seriesWindow) {
        return (eventType.equals(ANY) || eventType.equals(seriesEventType))
                && (summaryType.equals(ANY) || summaryType.equals(seriesSummaryType))
                && (window == ANY_WINDOW || window == seriesWindow);
    }

    boolean isDefault() {
        return eventType.equals(ANY) && summaryType.equals(ANY) && window == ANY_WINDOW;
    }
}
