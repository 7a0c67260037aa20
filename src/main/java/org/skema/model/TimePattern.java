package org.skema.model;

/**
 * When a section meets: on every day in {@code days} of every week in {@code weeks}, from slot
 * {@code start} for {@code length} slots. Bit i of {@code weeks} is week i (the first week is bit 0),
 * bit i of {@code days} is day i (Monday is bit 0). The end slot is exclusive.
 */
public record TimePattern(long weeks, int days, int start, int length) {

    public TimePattern {
        if (weeks == 0) {
            throw new ModelException("a time must meet in at least one week");
        }
        if (days == 0) {
            throw new ModelException("a time must meet on at least one day");
        }
        if (start < 0) {
            throw new ModelException("start must not be negative, got " + start);
        }
        if (length <= 0) {
            throw new ModelException("length must be positive, got " + length);
        }
    }

    public int end() {
        return start + length;
    }

    public boolean sharesDays(TimePattern other) {
        return (days & other.days) != 0;
    }

    public boolean sharesWeeks(TimePattern other) {
        return (weeks & other.weeks) != 0;
    }

    public boolean sharesDayAndWeek(TimePattern other) {
        return sharesDays(other) && sharesWeeks(other);
    }

    /** Times of day intersect; touching intervals do not. Days and weeks are ignored. */
    public boolean overlapsTimeOfDay(TimePattern other) {
        return start < other.end() && other.start < end();
    }

    /** The two really meet at the same moment: a common week, a common day and intersecting times of day. */
    public boolean overlaps(TimePattern other) {
        return sharesDayAndWeek(other) && overlapsTimeOfDay(other);
    }

    public boolean overlapsAny(Iterable<TimePattern> others) {
        for (TimePattern other : others) {
            if (overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    public boolean meets(int day, int week) {
        return (days & (1 << day)) != 0 && (weeks & (1L << week)) != 0;
    }

    public int firstWeek() {
        return Long.numberOfTrailingZeros(weeks);
    }

    public int firstDay() {
        return Integer.numberOfTrailingZeros(days);
    }

    public int dayCount() {
        return Integer.bitCount(days);
    }

    public int weekCount() {
        return Long.bitCount(weeks);
    }
}
