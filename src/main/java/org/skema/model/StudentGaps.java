package org.skema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Idle time in a student's days: for every day of every week, the gaps between consecutive classes
 * that are longer than the tolerance (the academic quarter between blocks is a break, not a gap).
 */
public final class StudentGaps {
    private StudentGaps() {
    }

    /** Total gap slots over all days of all weeks. */
    public static int gapSlots(List<TimePattern> times, Calendar calendar, int toleranceSlots) {
        if (times.size() < 2) {
            return 0;
        }
        int total = 0;
        List<TimePattern> meeting = new ArrayList<>(times.size());
        for (WeekSlices.Slice slice : WeekSlices.of(times, calendar)) {
            for (int day = 0; day < calendar.daysPerWeek(); day++) {
                WeekSlices.onDay(slice.times(), day, meeting);
                if (meeting.size() >= 2) {
                    total += dayGaps(meeting, toleranceSlots) * slice.weeks();
                }
            }
        }
        return total;
    }

    /**
     * Gap slots on one day of the week, over all weeks. Summed over the days this equals
     * {@link #gapSlots}; the solver computes it per day so that moving a class touches only the
     * days it leaves and enters.
     */
    public static int gapSlotsOnDay(List<TimePattern> times, int day, Calendar calendar, int toleranceSlots) {
        if (times.size() < 2) {
            return 0;
        }
        int total = 0;
        List<TimePattern> meeting = new ArrayList<>(times.size());
        for (WeekSlices.Slice slice : WeekSlices.of(times, calendar)) {
            WeekSlices.onDay(slice.times(), day, meeting);
            if (meeting.size() >= 2) {
                total += dayGaps(meeting, toleranceSlots) * slice.weeks();
            }
        }
        return total;
    }

    /** The days of a day bit set, as indices; the same list object for the same bit set. */
    public static List<Integer> days(int days) {
        return DAY_LISTS[days & 0x7f];
    }

    private static final List<Integer>[] DAY_LISTS = dayLists();

    @SuppressWarnings("unchecked")
    private static List<Integer>[] dayLists() {
        List<Integer>[] lists = new List[1 << Calendar.MAX_DAYS];
        for (int days = 0; days < lists.length; days++) {
            List<Integer> indices = new ArrayList<>();
            for (int day = 0; day < Calendar.MAX_DAYS; day++) {
                if ((days & (1 << day)) != 0) {
                    indices.add(day);
                }
            }
            lists[days] = List.copyOf(indices);
        }
        return lists;
    }

    private static int dayGaps(List<TimePattern> meeting, int toleranceSlots) {
        meeting.sort(Comparator.comparingInt(TimePattern::start));
        int gaps = 0;
        int end = meeting.get(0).end();
        for (int i = 1; i < meeting.size(); i++) {
            TimePattern next = meeting.get(i);
            int gap = next.start() - end;
            if (gap > toleranceSlots) {
                gaps += gap;
            }
            end = Math.max(end, next.end());
        }
        return gaps;
    }
}
