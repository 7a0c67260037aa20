package org.skema.model;

/**
 * What each soft goal weighs, plus switches for the hard rules that not every problem has. With
 * only time, room, distribution and student weights set (as the ITC 2019 reader does), the soft
 * score is exactly the ITC 2019 objective; with only the last four set as in {@link #itc2007()},
 * it is exactly ITC 2007's curriculum-based objective (UD2).
 *
 * @param time                   per point of chosen time option penalty
 * @param room                   per point of chosen room option penalty
 * @param distribution           per point of soft distribution penalty
 * @param studentConflict        per student who cannot attend both of two sections
 * @param studentGap             per student and slot of idle time between classes, summed over the semester's days
 * @param teacherUndesired       per point of a teacher's undesired-time penalty
 * @param gapToleranceSlots      idle gaps up to this many slots are breaks, not gaps
 * @param roomCapacityIsHard     whether a room smaller than its section's attendance is a hard violation
 * @param roomOverflow           per student above the capacity of a section's room
 * @param minWorkingDays         per day a course's sections meet on fewer than its minimum days
 * @param curriculumCompactness  per section with no other section of its curriculum next to it on its day
 * @param roomStability          per room a course uses beyond its first
 * @param disruption             when re-planning from an earlier timetable: per moved section and per
 *                               student and teacher of it (see {@link Baseline}); costs nothing otherwise
 */
public record ObjectiveWeights(int time, int room, int distribution, int studentConflict, int studentGap,
        int teacherUndesired, int gapToleranceSlots, boolean roomCapacityIsHard, int roomOverflow, int minWorkingDays,
        int curriculumCompactness, int roomStability, int disruption) {
    /**
     * Moving an exercise class of 30 costs about as much as six student conflicts of the faculty
     * weights: a re-plan moves what it must, and little for soft gains.
     */
    public static final int DEFAULT_DISRUPTION = 1000;

    public ObjectiveWeights {
        if (time < 0 || room < 0 || distribution < 0 || studentConflict < 0 || studentGap < 0 || teacherUndesired < 0
                || gapToleranceSlots < 0 || roomOverflow < 0 || minWorkingDays < 0 || curriculumCompactness < 0
                || roomStability < 0 || disruption < 0) {
            throw new ModelException("objective weights must not be negative");
        }
    }

    /** The weights with the default disruption weight. */
    public ObjectiveWeights(int time, int room, int distribution, int studentConflict, int studentGap,
            int teacherUndesired, int gapToleranceSlots, boolean roomCapacityIsHard, int roomOverflow,
            int minWorkingDays, int curriculumCompactness, int roomStability) {
        this(time, room, distribution, studentConflict, studentGap, teacherUndesired, gapToleranceSlots,
                roomCapacityIsHard, roomOverflow, minWorkingDays, curriculumCompactness, roomStability,
                DEFAULT_DISRUPTION);
    }

    /** The same weights with another disruption weight. */
    public ObjectiveWeights withDisruption(int weight) {
        return new ObjectiveWeights(time, room, distribution, studentConflict, studentGap, teacherUndesired,
                gapToleranceSlots, roomCapacityIsHard, roomOverflow, minWorkingDays, curriculumCompactness,
                roomStability, weight);
    }

    /**
     * Sensible weights for a faculty timetable. Rooms are never too small (a hard rule), and the
     * curriculum goals are off: the student gap rule already keeps days compact, and a course's
     * lectures and exercise classes belong in different rooms. Minimum days weigh as in ITC 2007,
     * which costs nothing until a course asks for them.
     */
    public static ObjectiveWeights faculty() {
        return new ObjectiveWeights(1, 1, 1, 5000, 1, 1, 3, true, 0, 5, 0, 0);
    }

    /** The ITC 2019 objective with the instance's four weights. */
    public static ObjectiveWeights itc2019(int time, int room, int distribution, int student) {
        return new ObjectiveWeights(time, room, distribution, student, 0, 0, 0, false, 0, 0, 0, 0);
    }

    /**
     * ITC 2007 track 3, formulation UD2: room capacity 1, minimum working days 5, curriculum
     * compactness 2, room stability 1; sections of a curriculum touch when back to back.
     */
    public static ObjectiveWeights itc2007() {
        return new ObjectiveWeights(0, 0, 0, 0, 0, 0, 0, false, 1, 5, 2, 1);
    }
}
