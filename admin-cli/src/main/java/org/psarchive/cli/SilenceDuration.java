package org.psarchive.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --silent-for}: {@code 90s}, {@code 30m}, {@code 6h}, {@code 2d}, or ISO-8601 ({@code PT6H}); not negative. */
final class SilenceDuration implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    @Override
    public Duration convert(String value) {
        Matcher shortForm = SHORT.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            Duration duration = Duration.parse(value.strip());
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // the message below
        }
        throw new TypeConversionException("'" + value + "' is not a duration: use 90s, 30m, 6h, 2d or ISO-8601 such as PT6H");
    }

    /** A duration for people: {@code 45s}, {@code 12m}, {@code 5h03m}, {@code 3d02h} (no space: a table stays one word per column for awk). */
    static String words(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3_600) {
            return seconds / 60 + "m";
        }
        if (seconds < 86_400) {
            return String.format("%dh%02dm", seconds / 3_600, seconds % 3_600 / 60);
        }
        return String.format("%dd%02dh", seconds / 86_400, seconds % 86_400 / 3_600);
    }
}
