package org.skema.generate;

import java.util.List;
import java.util.Random;
import org.skema.generate.TeacherPlan.Window;
import org.skema.model.TimePattern;

/**
 * When external teachers would like to teach: most of them are practising lawyers, judges and civil
 * servants who come after 14:00 or on one or two fixed days. Planting aims inside these hours; the
 * hard availability is derived afterwards from where their classes actually landed.
 */
final class PreferredHours {
    static final double AFTERNOONS_SHARE = 0.45;
    static final double FIXED_DAYS_SHARE = 0.40;
    /** Planting cost of a time outside a teacher's hours: above most wishes, below a clash. */
    static final int OUTSIDE_COST = 20;

    private PreferredHours() {
    }

    static void choose(List<TeacherPlan> externals, Random random) {
        for (TeacherPlan teacher : externals) {
            double r = random.nextDouble();
            List<TimePattern> pinned = teacher.sections.stream().filter(s -> s.pinned).map(SectionPlan::time).toList();
            if (!pinned.isEmpty()) {
                // A practitioner's elective is already planted; their exercise classes go where they already come.
                teacher.window = Window.around(pinned);
            } else if (r < AFTERNOONS_SHARE) {
                teacher.window = new Window(Window.Kind.AFTERNOONS, 0);
            } else if (r < AFTERNOONS_SHARE + FIXED_DAYS_SHARE) {
                // A class meeting twice a week needs two days; otherwise one or two.
                int needed = teacher.units.stream().mapToInt(unit -> unit.sections.size()).max().orElse(1);
                int count = Math.max(needed, 1 + random.nextInt(2));
                int days = 0;
                while (Integer.bitCount(days) < count) {
                    days |= 1 << random.nextInt(TeachingGrid.DAYS);
                }
                teacher.window = new Window(Window.Kind.DAYS, days);
            }
        }
    }

    /** Adds the cost of teaching outside a teacher's hours to each time of each section. */
    static void applyTo(List<SectionPlan> sections) {
        for (SectionPlan section : sections) {
            for (int t = 0; t < section.times.size(); t++) {
                for (TeacherPlan teacher : section.teachers) {
                    if (!teacher.window.allows(section.times.get(t).pattern())) {
                        section.timeCost[t] += OUTSIDE_COST;
                    }
                }
            }
        }
    }
}
