package org.skema.model;

/**
 * The planning horizon: weeks of the semester, days per week and slots per day. Time of day is
 * counted in slots from midnight; with 288 slots per day one slot is 5 minutes, as in ITC 2019.
 */
public record Calendar(int weeks, int daysPerWeek, int slotsPerDay) {

    public static final int MAX_WEEKS = 64;
    public static final int MAX_DAYS = 7;
    /** Bit i set for every day i of the longest week. */
    public static final int ALL_DAYS = (1 << MAX_DAYS) - 1;

    public Calendar {
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new ModelException("weeks must be between 1 and " + MAX_WEEKS + ", got " + weeks);
        }
        if (daysPerWeek < 1 || daysPerWeek > MAX_DAYS) {
            throw new ModelException("days per week must be between 1 and " + MAX_DAYS + ", got " + daysPerWeek);
        }
        if (slotsPerDay < 1 || 1440 % slotsPerDay != 0) {
            throw new ModelException("slots per day must divide 1440 (minutes in a day), got " + slotsPerDay);
        }
    }

    public int minutesPerSlot() {
        return 1440 / slotsPerDay;
    }

    public long allWeeks() {
        return weeks == 64 ? -1L : (1L << weeks) - 1;
    }

    public int allDays() {
        return (1 << daysPerWeek) - 1;
    }

    /** Checks that a time pattern fits this calendar. */
    public void requireFits(TimePattern time) {
        if ((time.weeks() & ~allWeeks()) != 0) {
            throw new ModelException("time uses a week after week " + weeks);
        }
        if ((time.days() & ~allDays()) != 0) {
            throw new ModelException("time uses a day after day " + daysPerWeek);
        }
        if (time.end() > slotsPerDay) {
            throw new ModelException("time ends after the end of the day (slot " + time.end() + " > " + slotsPerDay + ")");
        }
    }
}
