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

    /** What a group of students with the same timetable pays: students times gap slots over the semester. */
    public static long penalty(int students, List<TimePattern> times, Calendar calendar, int toleranceSlots) {
        return (long) students * gapSlots(times, calendar, toleranceSlots);
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
