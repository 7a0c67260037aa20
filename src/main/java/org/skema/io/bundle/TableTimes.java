package org.skema.io.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skema.io.table.Row;
import org.skema.model.Calendar;
import org.skema.model.ModelException;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/**
 * Times in bundle tables, in the human syntax of {@link TimeText}: either spread over the columns
 * days, start, end, weeks (and penalty), or written in one cell as
 * {@code Mon,Wed 08:15-10:00 weeks 3-14 penalty 1}, several separated by ';'.
 */
final class TableTimes {
    private final Calendar calendar;

    TableTimes(Calendar calendar) {
        this.calendar = calendar;
    }

    /** The time in the row's days, start, end and weeks columns (weeks empty means every week). */
    TimePattern pattern(Row row) {
        int days = row.at("days", () -> TimeText.parseDays(row.require("days"), calendar));
        int start = row.at("start", () -> TimeText.parseClock(row.require("start"), calendar));
        int end = row.at("end", () -> TimeText.parseClock(row.require("end"), calendar));
        if (end <= start) {
            throw row.error("end", "end " + row.text("end") + " must be after start " + row.text("start"));
        }
        long weeks = row.has("weeks") ? row.at("weeks", () -> TimeText.parseWeeks(row.text("weeks"), calendar))
                : calendar.allWeeks();
        return row.at(null, () -> fitting(new TimePattern(weeks, days, start, end - start)));
    }

    /** The allowed or undesired times written in one cell. */
    List<TimeOption> options(Row row, String column) {
        List<TimeOption> options = new ArrayList<>();
        for (String entry : row.text(column).split("\\s*;\\s*")) {
            if (entry.isBlank()) {
                continue;
            }
            TimeOption option = row.at(column, () -> option(entry));
            if (options.stream().anyMatch(o -> o.pattern().equals(option.pattern()))) {
                throw row.error(column, "lists the same time twice: " + entry);
            }
            options.add(option);
        }
        if (options.isEmpty()) {
            throw row.error(column, "must list at least one time, like Mon,Wed 08:15-10:00");
        }
        return options;
    }

    private TimeOption option(String entry) {
        String[] words = entry.strip().split("\\s+");
        if (words.length < 2 || words.length % 2 != 0) {
            throw new ModelException(usage(entry));
        }
        int days = TimeText.parseDays(words[0], calendar);
        String[] clock = words[1].split("-", -1);
        if (clock.length != 2) {
            throw new ModelException(usage(entry));
        }
        int start = TimeText.parseClock(clock[0], calendar);
        int end = TimeText.parseClock(clock[1], calendar);
        if (end <= start) {
            throw new ModelException("end " + clock[1] + " must be after start " + clock[0] + " in '" + entry + "'");
        }
        long weeks = calendar.allWeeks();
        int penalty = 0;
        for (int i = 2; i < words.length; i += 2) {
            switch (words[i].toLowerCase(Locale.ROOT)) {
                case "weeks" -> weeks = TimeText.parseWeeks(words[i + 1], calendar);
                case "penalty" -> penalty = penalty(words[i + 1], entry);
                default -> throw new ModelException(usage(entry));
            }
        }
        return new TimeOption(fitting(new TimePattern(weeks, days, start, end - start)), penalty);
    }

    private static int penalty(String text, String entry) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ModelException("penalty '" + text + "' in '" + entry + "' is not a whole number");
        }
    }

    private static String usage(String entry) {
        return "'" + entry + "' is not a time like Mon,Wed 08:15-10:00 (optionally followed by weeks 1-7,9 and penalty 2)";
    }

    private TimePattern fitting(TimePattern pattern) {
        calendar.requireFits(pattern);
        return pattern;
    }

    /** One time as {@link #options} reads it; weeks and penalty only when they are not the defaults. */
    String format(TimeOption option) {
        return format(option.pattern()) + (option.penalty() == 0 ? "" : " penalty " + option.penalty());
    }

    String format(TimePattern time) {
        return TimeText.days(time.days()) + " " + TimeText.clock(time.start(), calendar) + "-"
                + TimeText.clock(time.end(), calendar) + (time.weeks() == calendar.allWeeks() ? ""
                : " weeks " + TimeText.weeks(time.weeks()));
    }

    /** The days, start, end and weeks cells of a time, weeks empty for every week. */
    List<String> cells(TimePattern time) {
        return List.of(TimeText.days(time.days()), TimeText.clock(time.start(), calendar),
                TimeText.clock(time.end(), calendar),
                time.weeks() == calendar.allWeeks() ? "" : TimeText.weeks(time.weeks()));
    }
}
