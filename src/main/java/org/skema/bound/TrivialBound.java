package org.skema.bound;

import org.skema.model.Course;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.TimeOption;

/**
 * The fast bound: every section at its cheapest time and room as if alone (time, room, undesired time
 * and overflow penalties do not depend on other sections), plus the minimum working days no course
 * can reach with the days its sections may meet on. Every other rule is bounded below by 0.
 */
final class TrivialBound {
    private TrivialBound() {
    }

    /** The bound, or null when some section has no allowed place at all (no complete timetable exists). */
    static Long of(Problem problem, SectionChoices choices) {
        long total = 0;
        for (Section section : problem.sections()) {
            Long cheapest = cheapest(section, choices);
            if (cheapest == null) {
                return null;
            }
            total += cheapest;
        }
        long minDaysWeight = Rule.MIN_WORKING_DAYS.weight(problem.weights());
        for (Course course : problem.courses()) {
            if (course.minDays() > 0) {
                total += missingDays(course, choices) * minDaysWeight;
            }
        }
        return total;
    }

    private static Long cheapest(Section section, SectionChoices choices) {
        Long best = null;
        for (TimeOption time : choices.times(section)) {
            Long room = choices.needsRoom(section) ? null : 0L;
            for (RoomOption option : choices.rooms(section)) {
                if (choices.fits(option, time)) {
                    long cost = choices.roomCost(section, option);
                    room = room == null ? cost : Math.min(room, cost);
                }
            }
            if (room != null) {
                long cost = choices.timeCost(section, time) + room;
                best = best == null ? cost : Math.min(best, cost);
            }
        }
        return best;
    }

    /** Days short of the minimum even if every section met on as many distinct days as it can. */
    private static int missingDays(Course course, SectionChoices choices) {
        int union = 0;
        int most = 0;
        for (Section section : course.sections()) {
            int widest = 0;
            for (TimeOption time : choices.times(section)) {
                union |= time.pattern().days();
                widest = Math.max(widest, Integer.bitCount(time.pattern().days()));
            }
            most += widest;
        }
        return Math.max(0, course.minDays() - Math.min(Integer.bitCount(union), most));
    }
}
