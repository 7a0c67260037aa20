package org.skema.io;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: "90s", "2m", "1m30s", "500ms", "1h", or ISO-8601 "PT90S". */
public final class DurationText {
    /** Longer limits only overflow the solver's clock arithmetic; nobody waits a year for a timetable. */
    private static final Duration LONGEST = Duration.ofDays(365);
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private DurationText() {
    }

    /** @throws IllegalArgumentException with a message for people */
    public static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            Duration parsed;
            try {
                parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw invalid(value);
            }
            if (parsed.isNegative() || parsed.isZero()) {
                throw invalid(value);
            }
            if (parsed.compareTo(LONGEST) > 0) {
                throw tooLong(value);
            }
            return parsed;
        }
        Matcher matcher = PART.matcher(text);
        Duration total = Duration.ZERO;
        int position = 0;
        try {
            while (matcher.find() && matcher.start() == position) {
                long amount = Long.parseLong(matcher.group(1));
                total = total.plus(switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                });
                position = matcher.end();
            }
        } catch (ArithmeticException | NumberFormatException tooLong) {
            throw tooLong(value);
        }
        if (position != text.length() || text.isEmpty() || total.isZero()) {
            throw invalid(value);
        }
        if (total.compareTo(LONGEST) > 0) {
            throw tooLong(value);
        }
        return total;
    }

    private static IllegalArgumentException tooLong(String value) {
        return new IllegalArgumentException("'" + value + "' is too long; at most " + LONGEST.toDays() + " days");
    }

    /** "90s", "5m", "1m30s": the inverse of {@link #parse} for whole seconds. */
    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds >= 60 ? seconds / 60 + "m" + seconds % 60 + "s" : seconds + "s";
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("'" + value + "' is not a duration; write e.g. 90s, 2m, 1m30s or 500ms");
    }
}
