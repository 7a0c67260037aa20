package org.skema.generate;

import org.skema.model.TimePattern;

/**
 * Travel between the two campuses, as the model's travel times will have it: zero within a campus.
 * Mirrors {@link org.skema.model.DistributionType#canAttendBoth} so that planting judges a clash as
 * the Evaluator will.
 */
record Travel(int slots) {

    boolean canAttendBoth(TimePattern a, int campusA, TimePattern b, int campusB) {
        if (!a.sharesDayAndWeek(b)) {
            return true;
        }
        int travel = campusA == campusB ? 0 : slots;
        return a.end() + travel <= b.start() || b.end() + travel <= a.start();
    }

    /** Both sections must be placed. */
    boolean canAttendBoth(SectionPlan a, SectionPlan b) {
        return canAttendBoth(a.time(), a.room.campus(), b.time(), b.room.campus());
    }
}
