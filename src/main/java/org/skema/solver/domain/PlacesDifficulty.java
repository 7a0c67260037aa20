package org.skema.solver.domain;

import java.util.Comparator;

/**
 * Harder sections compare greater, for the construction that places times before rooms: fewest
 * (time, room) places first, then as {@link SectionDifficulty}. Ordered by their number of times
 * first, the university's lectures (15 times, in one of a few dozen auditoria: 450 places) came after
 * sections with fewer times and hundreds of rooms, and found the auditoria taken at the times their
 * required rules left (benchmarks/RESULTS.md, University scale).
 */
public class PlacesDifficulty implements Comparator<PlannedSection> {
    private static final Comparator<PlannedSection> ORDER = Comparator
            .comparingLong((PlannedSection s) -> -s.placements())
            .thenComparing(new SectionDifficulty());

    @Override
    public int compare(PlannedSection a, PlannedSection b) {
        return ORDER.compare(a, b);
    }
}
