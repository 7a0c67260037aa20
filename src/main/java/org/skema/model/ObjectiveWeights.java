package org.skema.model;

/**
 * What each soft goal weighs, plus switches for the hard rules that not every problem has. With
 * only time, room, distribution and student weights set (as the ITC 2019 reader does), the soft
 * score is exactly the ITC 2019 objective.
 *
 * @param time                   per point of chosen time option penalty
 * @param room                   per point of chosen room option penalty
 * @param distribution           per point of soft distribution penalty
 * @param studentConflict        per student who cannot attend both of two sections
 * @param studentGap             per student and slot of idle time between classes, summed over the semester's days
 * @param teacherUndesired       per point of a teacher's undesired-time penalty
 * @param gapToleranceSlots      idle gaps up to this many slots are breaks, not gaps
 * @param roomCapacityIsHard     whether a room smaller than its section's attendance is a hard violation
 */
public record ObjectiveWeights(int time, int room, int distribution, int studentConflict, int studentGap,
        int teacherUndesired, int gapToleranceSlots, boolean roomCapacityIsHard) {

    public ObjectiveWeights {
        if (time < 0 || room < 0 || distribution < 0 || studentConflict < 0 || studentGap < 0 || teacherUndesired < 0
                || gapToleranceSlots < 0) {
            throw new ModelException("objective weights must not be negative");
        }
    }

    /** Sensible weights for a faculty timetable. */
    public static ObjectiveWeights faculty() {
        return new ObjectiveWeights(1, 1, 1, 5000, 1, 1, 3, true);
    }

    /** The ITC 2019 objective with the instance's four weights. */
    public static ObjectiveWeights itc2019(int time, int room, int distribution, int student) {
        return new ObjectiveWeights(time, room, distribution, student, 0, 0, 0, false);
    }
}
