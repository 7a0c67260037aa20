package org.skema.export;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.skema.model.TimePattern;

/**
 * The calendar dates of a timetable's weeks: week 1 starts on {@code start}, a Monday, and day 0 of
 * a week is its Monday. The problem counts weeks and days only; exports that show dates need this.
 */
public record Semester(LocalDate start) {
    public Semester {
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("the semester must start on a Monday, not on " + start.getDayOfWeek()
                    + " " + start);
        }
    }

    /** The first Monday of September of the given year, the default. */
    public static Semester firstMondayOfSeptember(int year) {
        LocalDate first = LocalDate.of(year, 9, 1);
        return new Semester(first.plusDays((DayOfWeek.MONDAY.getValue() - first.getDayOfWeek().getValue() + 7) % 7));
    }

    /** The date of a day (0 = Monday) of a week (0 = week 1). */
    public LocalDate date(int week, int day) {
        return start.plusDays(7L * week + day);
    }

    /** The first date a time meets on the given day of the week. */
    public LocalDate first(TimePattern time, int day) {
        return date(time.firstWeek(), day);
    }

    /** The last date a time meets on the given day of the week. */
    public LocalDate last(TimePattern time, int day) {
        return date(lastWeek(time), day);
    }

    /** The time's last week (0 = week 1). */
    static int lastWeek(TimePattern time) {
        return 63 - Long.numberOfLeadingZeros(time.weeks());
    }
}
