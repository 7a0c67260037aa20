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
        if (times.isEmpty()) {
            return List.of();
        }
        long firstWeeks = times.get(0).weeks();
        boolean sameWeeks = true;
        for (TimePattern time : times) {
            if (time.weeks() != firstWeeks) {
                sameWeeks = false;
                break;
            }
        }
        // The common case, and the hot path of the gap and group rules: every time meets the same weeks.
        if (sameWeeks) {
            return List.of(new Slice(times, Long.bitCount(firstWeeks & calendar.allWeeks())));
        }
        return times.size() <= Long.SIZE ? bySmallMembers(times, calendar) : byBitSetMembers(times, calendar);
    }

    private static List<Slice> bySmallMembers(List<TimePattern> times, Calendar calendar) {
        long[] members = new long[calendar.weeks()];
        int[] counts = new int[calendar.weeks()];
        int distinct = 0;
        for (int week = 0; week < calendar.weeks(); week++) {
            long bit = 1L << week;
            long mask = 0;
            for (int i = 0; i < times.size(); i++) {
                if ((times.get(i).weeks() & bit) != 0) {
                    mask |= 1L << i;
                }
            }
            if (mask == 0) {
                continue;
            }
            int found = 0;
            while (found < distinct && members[found] != mask) {
                found++;
            }
            if (found == distinct) {
                members[distinct++] = mask;
            }
            counts[found]++;
        }
        List<Slice> slices = new ArrayList<>(distinct);
        for (int k = 0; k < distinct; k++) {
            List<TimePattern> meeting = new ArrayList<>(Long.bitCount(members[k]));
            for (int i = 0; i < times.size(); i++) {
                if ((members[k] & (1L << i)) != 0) {
                    meeting.add(times.get(i));
                }
            }
            slices.add(new Slice(meeting, counts[k]));
        }
        return slices;
    }

    private static List<Slice> byBitSetMembers(List<TimePattern> times, Calendar calendar) {
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
