package org.skema.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.skema.generate.TeacherPlan.Window;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Teachers' hard unavailability and soft undesired times, derived from the planted timetable so that
 * no unavailable time ever covers a planted class. An external teacher whose classes all landed in
 * their preferred hours is unavailable outside them; one whose classes did not is described by where
 * they landed instead (afternoons, one or two days, or a free week with a few half-days off).
 * Internal teachers get a few half-days off where they teach nothing.
 */
final class Availability {
    private static final double EARLY_MORNING_SHARE = 0.4;
    private static final double FRIDAY_AFTERNOON_SHARE = 0.3;
    private static final double EVENING_SHARE = 0.2;

    private Availability() {
    }

    static void derive(List<TeacherPlan> teachers, TeachingGrid grid, Random random) {
        for (TeacherPlan teacher : teachers) {
            List<TimePattern> taught = teacher.sections.stream().map(SectionPlan::time).toList();
            List<TimePattern> unavailable = teacher.kind == org.skema.model.Teacher.Kind.EXTERNAL
                    ? externalUnavailable(teacher.window, taught, grid, random)
                    : halfDaysOff(1 + random.nextInt(3), taught, grid, random);
            for (TimePattern time : unavailable) {
                if (time.overlapsAny(taught)) {
                    throw new IllegalStateException("unavailability of " + teacher.id + " covers a planted class");
                }
            }
            teacher.unavailable = List.copyOf(unavailable);
            teacher.undesired = undesired(teacher, grid, random);
        }
    }

    private static List<TimePattern> externalUnavailable(Window preferred, List<TimePattern> taught, TeachingGrid grid,
            Random random) {
        Window window = taught.stream().allMatch(preferred::allows) ? preferred : Window.around(taught);
        return switch (window.kind()) {
            case AFTERNOONS -> List.of(grid.span(grid.allDays(), TeachingGrid.DAY_START, TeachingGrid.AFTERNOON));
            case DAYS -> List.of(grid.span(grid.allDays() & ~window.days(), TeachingGrid.DAY_START, TeachingGrid.DAY_END));
            case ANY -> halfDaysOff(1 + random.nextInt(2), taught, grid, random);
        };
    }

    /** Up to {@code count} random half-days on which the teacher teaches nothing. */
    private static List<TimePattern> halfDaysOff(int count, List<TimePattern> taught, TeachingGrid grid, Random random) {
        List<TimePattern> free = new ArrayList<>();
        for (int day = 0; day < TeachingGrid.DAYS; day++) {
            for (boolean morning : new boolean[] {true, false}) {
                TimePattern half = grid.halfDay(day, morning);
                if (!half.overlapsAny(taught)) {
                    free.add(half);
                }
            }
        }
        Collections.shuffle(free, random);
        return List.copyOf(free.subList(0, Math.min(count, free.size())));
    }

    /** Early mornings and Friday afternoons for some internal teachers, evenings for some externals. */
    private static List<TimeOption> undesired(TeacherPlan teacher, TeachingGrid grid, Random random) {
        List<TimeOption> undesired = new ArrayList<>();
        if (teacher.kind == org.skema.model.Teacher.Kind.INTERNAL) {
            if (random.nextDouble() < EARLY_MORNING_SHARE) {
                undesired.add(new TimeOption(grid.span(grid.allDays(), TeachingGrid.DAY_START, TeachingGrid.TEN), 1));
            }
            TimePattern friday = grid.halfDay(4, false);
            if (random.nextDouble() < FRIDAY_AFTERNOON_SHARE && !friday.overlapsAny(teacher.unavailable)) {
                undesired.add(new TimeOption(friday, 2));
            }
        } else if (random.nextDouble() < EVENING_SHARE) {
            // Only the evenings they can teach at all: an undesired time inside an unavailable one says nothing.
            int days = 0;
            for (int day = 0; day < TeachingGrid.DAYS; day++) {
                if (!grid.span(1 << day, TeachingGrid.SIX_PM, TeachingGrid.DAY_END).overlapsAny(teacher.unavailable)) {
                    days |= 1 << day;
                }
            }
            if (days != 0) {
                undesired.add(new TimeOption(grid.span(days, TeachingGrid.SIX_PM, TeachingGrid.DAY_END), 1));
            }
        }
        return List.copyOf(undesired);
    }
}
