package org.skema.io;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: "90s", "2m", "1m30s", "500ms", "1h", or ISO-8601 "PT90S". */
public final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

    private DurationText() {
    }

    /** @throws IllegalArgumentException with a message for people */
    public static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            try {
                Duration parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (!parsed.isNegative() && !parsed.isZero()) {
                    return parsed;
                }
            } catch (RuntimeException e) {
                // reported below like every other bad value
            }
            throw invalid(value);
        }
        Matcher matcher = PART.matcher(text);
        Duration total = Duration.ZERO;
        int position = 0;
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
        if (position != text.length() || text.isEmpty() || total.isZero()) {
            throw invalid(value);
        }
        return total;
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
