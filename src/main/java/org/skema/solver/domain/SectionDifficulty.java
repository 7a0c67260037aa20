package org.skema.solver.domain;

import java.util.Comparator;

/** Harder sections compare greater, so a descending sort places them first: few options, many students. */
public class SectionDifficulty implements Comparator<PlannedSection> {
    private static final Comparator<PlannedSection> ORDER = Comparator
            .comparingInt((PlannedSection s) -> -s.getTimeRange().size())
            .thenComparingInt(s -> -s.getRoomRange().size())
            .thenComparingInt(PlannedSection::getAttendance)
            .thenComparingInt(s -> s.getSection().teachers().size())
            .thenComparing(PlannedSection::getIndex, Comparator.reverseOrder());

    @Override
    public int compare(PlannedSection a, PlannedSection b) {
        return ORDER.compare(a, b);
    }
}
