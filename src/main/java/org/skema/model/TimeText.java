package org.skema.model;

import java.util.Locale;

/**
 * Human-readable times, used by the native formats and in messages: days as "Mon,Wed" (or a 0/1
 * string, Monday first), clock times as "08:15", weeks as "1-7,9" (1-based, or a 0/1 string).
 */
public final class TimeText {
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private TimeText() {
    }

    public static String dayName(int day) {
        return DAY_NAMES[day];
    }

    public static String days(int days) {
        StringBuilder text = new StringBuilder();
        for (int day = 0; day < Calendar.MAX_DAYS; day++) {
            if ((days & (1 << day)) != 0) {
                text.append(text.isEmpty() ? "" : ",").append(DAY_NAMES[day]);
            }
        }
        return text.toString();
    }

    public static int parseDays(String text, Calendar calendar) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new ModelException("days must not be empty");
        }
        if (value.chars().allMatch(c -> c == '0' || c == '1')) {
            if (value.length() != calendar.daysPerWeek()) {
                throw new ModelException("day string '" + value + "' must have " + calendar.daysPerWeek() + " characters");
            }
            int days = 0;
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '1') {
                    days |= 1 << i;
                }
            }
            return days;
        }
        int days = 0;
        for (String part : value.split("[,\\s]+")) {
            int day = dayIndex(part);
            if (day < 0 || day >= calendar.daysPerWeek()) {
                throw new ModelException("'" + part + "' is not a day of this calendar (expected "
                        + days(calendar.allDays()) + ")");
            }
            days |= 1 << day;
        }
        return days;
    }

    private static int dayIndex(String name) {
        for (int day = 0; day < DAY_NAMES.length; day++) {
            if (DAY_NAMES[day].equalsIgnoreCase(name)) {
                return day;
            }
        }
        return -1;
    }

    public static String clock(int slot, Calendar calendar) {
        int minutes = slot * calendar.minutesPerSlot();
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    public static int parseClock(String text, Calendar calendar) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        int minutes;
        try {
            if (colon < 0) {
                throw new NumberFormatException();
            }
            int hours = Integer.parseInt(value.substring(0, colon));
            int mins = Integer.parseInt(value.substring(colon + 1));
            if (hours < 0 || hours > 24 || mins < 0 || mins > 59 || value.length() - colon != 3) {
                throw new NumberFormatException();
            }
            minutes = hours * 60 + mins;
        } catch (NumberFormatException e) {
            throw new ModelException("'" + value + "' is not a clock time like 08:15");
        }
        if (minutes > 1440) {
            throw new ModelException("'" + value + "' is after midnight");
        }
        if (minutes % calendar.minutesPerSlot() != 0) {
            throw new ModelException("'" + value + "' is not on the " + calendar.minutesPerSlot() + "-minute grid");
        }
        return minutes / calendar.minutesPerSlot();
    }

    public static String weeks(long weeks) {
        StringBuilder text = new StringBuilder();
        int week = 0;
        while (week < 64) {
            if ((weeks & (1L << week)) == 0) {
                week++;
                continue;
            }
            int last = week;
            while (last + 1 < 64 && (weeks & (1L << (last + 1))) != 0) {
                last++;
            }
            text.append(text.isEmpty() ? "" : ",").append(week + 1);
            if (last > week) {
                text.append('-').append(last + 1);
            }
            week = last + 1;
        }
        return text.toString();
    }

    public static long parseWeeks(String text, Calendar calendar) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new ModelException("weeks must not be empty");
        }
        if (value.length() == calendar.weeks() && value.chars().allMatch(c -> c == '0' || c == '1')
                && (value.length() > 2 || value.indexOf('0') >= 0)) {
            long weeks = 0;
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) == '1') {
                    weeks |= 1L << i;
                }
            }
            return weeks;
        }
        long weeks = 0;
        for (String part : value.split("\\s*,\\s*")) {
            int dash = part.indexOf('-');
            int first = weekNumber(dash < 0 ? part : part.substring(0, dash), value, calendar);
            int last = dash < 0 ? first : weekNumber(part.substring(dash + 1), value, calendar);
            if (last < first) {
                throw new ModelException("week range '" + part + "' runs backwards");
            }
            for (int week = first; week <= last; week++) {
                weeks |= 1L << (week - 1);
            }
        }
        return weeks;
    }

    private static int weekNumber(String text, String whole, Calendar calendar) {
        try {
            int week = Integer.parseInt(text.strip());
            if (week < 1 || week > calendar.weeks()) {
                throw new ModelException("week " + week + " is outside 1-" + calendar.weeks());
            }
            return week;
        } catch (NumberFormatException e) {
            throw new ModelException("weeks '" + whole + "' must look like 1-7,9 or be a 0/1 string of length "
                    + calendar.weeks());
        }
    }

    /** "Mon,Wed 08:15-10:00 weeks 1-14". */
    public static String pattern(TimePattern time, Calendar calendar) {
        return days(time.days()) + " " + clock(time.start(), calendar) + "-" + clock(time.end(), calendar)
                + " weeks " + weeks(time.weeks());
    }
}
