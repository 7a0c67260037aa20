package org.skema.generate;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/** A teacher before the problem exists: what they teach, when they would like to, and their derived availability. */
final class TeacherPlan {
    /** When an external teacher would like to teach; planting aims inside it, availability follows the plant. */
    record Window(Kind kind, int days) {
        enum Kind { ANY, AFTERNOONS, DAYS }

        static final Window ANY = new Window(Kind.ANY, 0);

        /** The narrowest usual window that holds all these times: afternoons, one or two days, or any time. */
        static Window around(List<TimePattern> times) {
            if (times.stream().allMatch(TeachingGrid::isAfternoon)) {
                return new Window(Kind.AFTERNOONS, 0);
            }
            int days = 0;
            for (TimePattern time : times) {
                days |= time.days();
            }
            return Integer.bitCount(days) <= 2 ? new Window(Kind.DAYS, days) : ANY;
        }

        boolean allows(TimePattern time) {
            return switch (kind) {
                case ANY -> true;
                case AFTERNOONS -> TeachingGrid.isAfternoon(time);
                case DAYS -> (time.days() & ~days) == 0;
            };
        }
    }

    final String id;
    final String name;
    final Teacher.Kind kind;
    final List<TeachingUnit> units = new ArrayList<>();
    final List<SectionPlan> sections = new ArrayList<>();
    Window window = Window.ANY;
    List<TimePattern> unavailable = List.of();
    List<TimeOption> undesired = List.of();

    TeacherPlan(String id, String name, Teacher.Kind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    @Override
    public String toString() {
        return id;
    }
}
