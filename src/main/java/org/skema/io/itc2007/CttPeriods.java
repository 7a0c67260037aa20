package org.skema.io.itc2007;

import org.skema.model.TimePattern;

/**
 * Where ITC 2007's periods sit on the model's clock: period k of a day is the hour from 08:00 + k
 * hours, in the calendar's single week. Periods follow each other without a break, so consecutive
 * periods touch, which is what curriculum compactness needs to see them as neighbours.
 */
final class CttPeriods {
    static final int SLOTS_PER_DAY = 288;
    static final int FIRST_START = 8 * 12;
    static final int LENGTH = 12;
    /** Hourly periods from 08:00 fill the day at midnight. */
    static final int MAX_PER_DAY = (SLOTS_PER_DAY - FIRST_START) / LENGTH;

    /** A day and a period of that day, both from 0. */
    record Period(int day, int period) {
    }

    private CttPeriods() {
    }

    static TimePattern pattern(int day, int period) {
        return new TimePattern(1, 1 << day, FIRST_START + period * LENGTH, LENGTH);
    }

    /** The period a time is, or null when it is not one (another week, several days, another length or start). */
    static Period of(TimePattern time) {
        int offset = time.start() - FIRST_START;
        if (time.weeks() != 1 || time.dayCount() != 1 || time.length() != LENGTH || offset < 0 || offset % LENGTH != 0) {
            return null;
        }
        return new Period(time.firstDay(), offset / LENGTH);
    }
}
