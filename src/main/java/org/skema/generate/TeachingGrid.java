package org.skema.generate;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.Calendar;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * The faculty's teaching week on 5-minute slots: Danish blocks with the academic quarter
 * (08:15-10:00 ... 18:15-20:00), three-hour seminars from a block start, Monday to Friday.
 */
final class TeachingGrid {
    static final int DAYS = 5;
    static final int SLOTS_PER_DAY = 288;
    /** 08:15, 10:15, 12:15, 14:15, 16:15 and 18:15. */
    static final int[] BLOCK_STARTS = {99, 123, 147, 171, 195, 219};
    /** Two hours less the academic quarter: 08:15-10:00. */
    static final int LECTURE_SLOTS = 21;
    /** Three hours less the quarter: 08:15-11:00. */
    static final int SEMINAR_SLOTS = 33;
    static final int DAY_START = 96;
    static final int TEN = 120;
    static final int NOON = 144;
    /** External teachers who come "in the afternoon" come from 14:00. */
    static final int AFTERNOON = 168;
    static final int SIX_PM = 216;
    static final int DAY_END = 240;
    /** Teaching that runs past 18:00 is possible but unpopular. */
    static final int EVENING_PENALTY = 2;

    private final Calendar calendar;

    TeachingGrid(int weeks) {
        this.calendar = new Calendar(weeks, DAYS, SLOTS_PER_DAY);
    }

    Calendar calendar() {
        return calendar;
    }

    long allWeeks() {
        return calendar.allWeeks();
    }

    /** Weeks 1-7 of 14: the first half gets the extra week when the count is odd. */
    long firstHalf() {
        return (1L << ((calendar.weeks() + 1) / 2)) - 1;
    }

    long secondHalf() {
        return allWeeks() & ~firstHalf();
    }

    int allDays() {
        return calendar.allDays();
    }

    /** Every block start of every weekday at which a meeting of this length fits, day by day. */
    List<TimeOption> options(long weeks, int length) {
        List<TimeOption> options = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int start : BLOCK_STARTS) {
                if (start + length <= DAY_END) {
                    int penalty = start + length > SIX_PM ? EVENING_PENALTY : 0;
                    options.add(new TimeOption(new TimePattern(weeks, 1 << day, start, length), penalty));
                }
            }
        }
        return options;
    }

    /** The given days of every week, from one clock slot to another. */
    TimePattern span(int days, int from, int to) {
        return new TimePattern(allWeeks(), days, from, to - from);
    }

    /** Morning is 08:00-12:00, afternoon 12:00-20:00. */
    TimePattern halfDay(int day, boolean morning) {
        return morning ? span(1 << day, DAY_START, NOON) : span(1 << day, NOON, DAY_END);
    }

    static boolean isAfternoon(TimePattern time) {
        return time.start() >= AFTERNOON;
    }
}
