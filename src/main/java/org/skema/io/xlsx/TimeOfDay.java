package org.skema.io.xlsx;

import java.util.Locale;

/**
 * A clock time as minutes after midnight, up to 24:00 (a class may end at midnight): written to a
 * workbook as an Excel time value, shown as text as "08:15".
 */
public record TimeOfDay(int minutes) {
    public TimeOfDay {
        if (minutes < 0 || minutes > 1440) {
            throw new IllegalArgumentException("a time of day is 00:00 to 24:00, got " + minutes + " minutes");
        }
    }

    /** "08:15" as TimeText writes clock times, or null when the text is not one. */
    public static TimeOfDay parse(String text) {
        var matcher = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text.strip());
        if (!matcher.matches()) {
            return null;
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        return minutes < 60 && hours * 60 + minutes <= 1440 ? new TimeOfDay(hours * 60 + minutes) : null;
    }

    /** Excel's value for it: the fraction of a day. */
    public double excelValue() {
        return minutes / 1440.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
