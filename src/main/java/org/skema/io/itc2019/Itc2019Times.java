package org.skema.io.itc2019;

import org.skema.io.xml.XmlCursor;
import org.skema.model.Calendar;

/** ITC 2019's 0/1 strings: character i is day i (Monday first) or week i (the first week first). */
final class Itc2019Times {
    private Itc2019Times() {
    }

    static int days(XmlCursor xml, String attribute, Calendar calendar) {
        return (int) bits(xml, attribute, calendar.daysPerWeek());
    }

    static long weeks(XmlCursor xml, String attribute, Calendar calendar) {
        return bits(xml, attribute, calendar.weeks());
    }

    private static long bits(XmlCursor xml, String attribute, int length) {
        String text = xml.required(attribute).strip();
        if (text.length() != length) {
            throw xml.error(attribute, "'" + text + "' must have " + length + " characters of 0 and 1");
        }
        long bits = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '1') {
                bits |= 1L << i;
            } else if (c != '0') {
                throw xml.error(attribute, "'" + text + "' may hold only 0 and 1");
            }
        }
        return bits;
    }

    static String text(long bits, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((bits & (1L << i)) != 0 ? '1' : '0');
        }
        return text.toString();
    }
}
