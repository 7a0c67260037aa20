package org.skema.model;

/**
 * Every rule that scores a timetable, with its level. The solver's constraints and the Evaluator
 * both name their totals after these, which is how their per-rule totals are compared.
 */
public enum Rule {
    ROOM_CONFLICT("Room conflict", Level.HARD),
    TEACHER_CONFLICT("Teacher conflict", Level.HARD),
    ROOM_UNAVAILABLE("Room unavailable", Level.HARD),
    ROOM_CAPACITY("Room capacity", Level.HARD),
    TEACHER_UNAVAILABLE("Teacher unavailable", Level.HARD),
    REQUIRED_DISTRIBUTION_PAIR("Required distribution pair", Level.HARD),
    REQUIRED_DISTRIBUTION_GROUP("Required distribution group", Level.HARD),
    SECTIONING_STRUCTURE("Student sectioning", Level.HARD),
    CLASS_LIMIT("Class limit", Level.HARD),
    CURRICULUM_CONFLICT("Curriculum conflict", Level.HARD),
    UNPLACED_SECTION("Unplaced section", Level.MEDIUM),
    STUDENT_CONFLICT("Student conflict", Level.SOFT),
    STUDENT_GAP("Student gap", Level.SOFT),
    TEACHER_UNDESIRED_TIME("Teacher undesired time", Level.SOFT),
    TIME_PENALTY("Time penalty", Level.SOFT),
    ROOM_PENALTY("Room penalty", Level.SOFT),
    PREFERRED_DISTRIBUTION_PAIR("Preferred distribution pair", Level.SOFT),
    PREFERRED_DISTRIBUTION_GROUP("Preferred distribution group", Level.SOFT),
    ROOM_CAPACITY_OVERFLOW("Room capacity overflow", Level.SOFT),
    MIN_WORKING_DAYS("Minimum working days", Level.SOFT),
    CURRICULUM_COMPACTNESS("Curriculum compactness", Level.SOFT),
    ROOM_STABILITY("Room stability", Level.SOFT),
    MOVED_SECTION("Moved section", Level.SOFT);

    public enum Level { HARD, MEDIUM, SOFT }

    private final String label;
    private final Level level;

    Rule(String label, Level level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    public Level level() {
        return level;
    }

    /** How much one unit of this rule's penalty weighs on its level; zero switches the rule off. */
    public int weight(ObjectiveWeights weights) {
        return switch (this) {
            case ROOM_CAPACITY -> weights.roomCapacityIsHard() ? 1 : 0;
            case STUDENT_CONFLICT -> weights.studentConflict();
            case STUDENT_GAP -> weights.studentGap();
            case TEACHER_UNDESIRED_TIME -> weights.teacherUndesired();
            case TIME_PENALTY -> weights.time();
            case ROOM_PENALTY -> weights.room();
            case PREFERRED_DISTRIBUTION_PAIR, PREFERRED_DISTRIBUTION_GROUP -> weights.distribution();
            case ROOM_CAPACITY_OVERFLOW -> weights.roomOverflow();
            case MIN_WORKING_DAYS -> weights.minWorkingDays();
            case CURRICULUM_COMPACTNESS -> weights.curriculumCompactness();
            case ROOM_STABILITY -> weights.roomStability();
            case MOVED_SECTION -> weights.disruption();
            default -> 1;
        };
    }
}
