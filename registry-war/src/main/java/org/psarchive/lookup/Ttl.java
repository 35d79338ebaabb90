package org.psarchive.lookup;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration as sLS reads a {@code ttl}: {@code PT2H}, {@code PT120M}, {@code P1D},
 * {@code P1W}. Years and months have no fixed length and are refused, as sLS's conversion does.
 */
public final class Ttl {

    private static final Pattern WEEKS = Pattern.compile("P(\\d{1,6})W");

    private Ttl() {
    }

    /** The duration, or empty when the text is not one. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher weeks = WEEKS.matcher(upper);
        if (weeks.matches()) {
            return Optional.of(Duration.ofDays(7L * Long.parseLong(weeks.group(1))));
        }
        try {
            Duration duration = Duration.parse(upper);
            return duration.isNegative() ? Optional.empty() : Optional.of(duration);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
