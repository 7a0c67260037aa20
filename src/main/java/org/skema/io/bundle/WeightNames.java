package org.skema.io.bundle;

import java.util.List;
import org.skema.model.ObjectiveWeights;

/** The names of the weights table's rows, in {@link ObjectiveWeights} order. */
final class WeightNames {
    static final List<String> NUMBERS = List.of("time", "room", "distribution", "student_conflict", "student_gap",
            "teacher_undesired", "gap_tolerance_slots", "room_overflow", "min_working_days", "curriculum_compactness",
            "room_stability", "disruption");
    static final String ROOM_CAPACITY_IS_HARD = "room_capacity_is_hard";

    private WeightNames() {
    }

    static List<Integer> numbers(ObjectiveWeights w) {
        return List.of(w.time(), w.room(), w.distribution(), w.studentConflict(), w.studentGap(), w.teacherUndesired(),
                w.gapToleranceSlots(), w.roomOverflow(), w.minWorkingDays(), w.curriculumCompactness(), w.roomStability(),
                w.disruption());
    }
}
