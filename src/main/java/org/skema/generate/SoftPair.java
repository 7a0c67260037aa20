package org.skema.generate;

/**
 * A wish between two sections that planting honours when it can, e.g. a lecture before its exercise
 * class. A binding wish stands for one of the faculty's soft rules: planting treats it like a hard
 * rule towards sections it may still move, so that the planted timetable keeps the soft rules too.
 */
record SoftPair(SectionPlan other, Kind kind, int weight, boolean binding) {
    enum Kind {
        /** Both in one room. */
        SAME_ROOM,
        /** This section comes before the other one in the week. */
        BEFORE,
        /** This section comes after the other one. */
        AFTER,
        /** Not at the same time, so that students can choose between them. */
        APART
    }
}
