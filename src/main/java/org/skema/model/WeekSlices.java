package org.skema.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the weeks of a calendar by which of the given times meet in them. Most timetables have
 * only one or two such groups, so per-day rules computed once per group and multiplied by its week
 * count cost days x groups instead of days x weeks.
 */
final class WeekSlices {
    /** The times that meet in each of {@code weeks} weeks. */
    record Slice(List<TimePattern> times, int weeks) {
    }

    private WeekSlices() {
    }

    static List<Slice> of(List<TimePattern> times, Calendar calendar) {
        Map<BitSet, int[]> weeksByMembers = new LinkedHashMap<>();
        for (int week = 0; week < calendar.weeks(); week++) {
            BitSet members = new BitSet(times.size());
            for (int i = 0; i < times.size(); i++) {
                if ((times.get(i).weeks() & (1L << week)) != 0) {
                    members.set(i);
                }
            }
            if (!members.isEmpty()) {
                weeksByMembers.computeIfAbsent(members, m -> new int[1])[0]++;
            }
        }
        List<Slice> slices = new ArrayList<>(weeksByMembers.size());
        weeksByMembers.forEach((members, count) -> {
            List<TimePattern> meeting = new ArrayList<>(members.cardinality());
            members.stream().forEach(i -> meeting.add(times.get(i)));
            slices.add(new Slice(meeting, count[0]));
        });
        return slices;
    }

    /** The times of a slice that meet on the given day. */
    static List<TimePattern> onDay(List<TimePattern> times, int day, List<TimePattern> into) {
        into.clear();
        int bit = 1 << day;
        for (TimePattern time : times) {
            if ((time.days() & bit) != 0) {
                into.add(time);
            }
        }
        return into;
    }
}
