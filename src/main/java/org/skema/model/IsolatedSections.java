package org.skema.model;

import java.util.List;

/**
 * Curriculum compactness, judged day by day: on each day a section of a curriculum meets, it is
 * isolated when no other section of the same curriculum ends right before it or starts right after
 * it that day in a week they share, "right" meaning touching or separated by at most the gap
 * tolerance. Overlapping sections are not neighbours. With ITC 2007's back-to-back one-day periods
 * and a tolerance shorter than a period this is exactly the official count: per curriculum and
 * period, the lectures there count when neither the period before nor the one after on that day
 * holds a lecture of the curriculum.
 */
public final class IsolatedSections {
    private IsolatedSections() {
    }

    /** For each time (one per section of a curriculum), the days (bit i is day i) on which it stands alone. */
    public static int[] isolatedDays(List<TimePattern> times, int toleranceSlots) {
        // Adjacency does not depend on the day, so each pair is judged once and gives both of them
        // a neighbour on the days they share; this runs on every move of a curriculum's section.
        int n = times.size();
        int[] neighbourDays = new int[n];
        for (int i = 0; i < n; i++) {
            TimePattern a = times.get(i);
            for (int j = i + 1; j < n; j++) {
                TimePattern b = times.get(j);
                int common = a.days() & b.days();
                if (common != 0 && adjacent(a, b, toleranceSlots)) {
                    neighbourDays[i] |= common;
                    neighbourDays[j] |= common;
                }
            }
        }
        int[] alone = new int[n];
        for (int i = 0; i < n; i++) {
            alone[i] = times.get(i).days() & ~neighbourDays[i] & Calendar.ALL_DAYS;
        }
        return alone;
    }

    /** How many (section, day) meetings stand alone. */
    public static int count(List<TimePattern> times, int toleranceSlots) {
        int count = 0;
        for (int days : isolatedDays(times, toleranceSlots)) {
            count += Integer.bitCount(days);
        }
        return count;
    }

    /** Of two times meeting on a common day: one ends at most {@code toleranceSlots} before the other starts, in a common week. */
    public static boolean adjacent(TimePattern a, TimePattern b, int toleranceSlots) {
        return a.sharesWeeks(b) && (within(b.start() - a.end(), toleranceSlots)
                || within(a.start() - b.end(), toleranceSlots));
    }

    private static boolean within(int gap, int toleranceSlots) {
        return gap >= 0 && gap <= toleranceSlots;
    }
}
