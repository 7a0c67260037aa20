package org.skema.generate;

import java.util.BitSet;
import java.util.List;

/**
 * The exercise groups of one elective, seen from its students: a student needs just one group that
 * fits their week, so a group's time is judged by the students it would leave with no fitting group
 * at all, given where its sibling groups already are.
 */
final class GroupCover {
    /** Per stranded student: each one will sit in a clashing group, and a student conflict weighs heavily. */
    static final int STRANDED_WEIGHT = 30;

    private final List<SectionPlan> groups;
    /** For each time option of the groups and each campus, the students who cannot come then and there. */
    private final BitSet[][] busy;

    GroupCover(List<SectionPlan> groups, BitSet[][] busy) {
        this.groups = List.copyOf(groups);
        this.busy = busy;
    }

    /** Planting cost of meeting at time option {@code t} on a campus; unplaced siblings may yet rescue a student. */
    int cost(SectionPlan group, int t, int campus) {
        BitSet stranded = (BitSet) busy[t][campus].clone();
        int open = 0;
        for (SectionPlan other : groups) {
            if (other == group) {
                continue;
            }
            if (other.placed()) {
                stranded.and(busy[other.timeIndex][other.room.campus()]);
            } else {
                open++;
            }
        }
        return STRANDED_WEIGHT * stranded.cardinality() / (1 + open);
    }
}
