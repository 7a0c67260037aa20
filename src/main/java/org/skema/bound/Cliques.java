package org.skema.bound;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skema.model.Calendar;
import org.skema.model.TimePattern;

/**
 * Sets of times that all meet at one moment, so a room, teacher or curriculum can hold at most one
 * section over each set. Two times overlap exactly when they share a week and a day and the later
 * start falls inside the earlier time, so the moments worth looking at are each time's start on each
 * of its days and weeks: the sets meeting there cover every overlapping pair, and no set holds two
 * times that do not overlap.
 */
final class Cliques {
    private Cliques() {
    }

    /** The distinct sets (as indexes into {@code times}) of times meeting at a common moment; a set of one time still
     * keeps two sections from taking it together. */
    static List<BitSet> of(List<TimePattern> times) {
        Set<BitSet> cliques = new LinkedHashSet<>();
        for (TimePattern anchor : times) {
            for (int day = 0; day < Calendar.MAX_DAYS; day++) {
                if ((anchor.days() & (1 << day)) == 0) {
                    continue;
                }
                List<Integer> around = new ArrayList<>();
                for (int i = 0; i < times.size(); i++) {
                    TimePattern time = times.get(i);
                    if ((time.days() & (1 << day)) != 0 && time.start() <= anchor.start()
                            && anchor.start() < time.end() && (time.weeks() & anchor.weeks()) != 0) {
                        around.add(i);
                    }
                }
                for (long weeks = anchor.weeks(); weeks != 0; weeks &= weeks - 1) {
                    long week = Long.lowestOneBit(weeks);
                    BitSet clique = new BitSet(times.size());
                    for (int i : around) {
                        if ((times.get(i).weeks() & week) != 0) {
                            clique.set(i);
                        }
                    }
                    cliques.add(clique);
                }
            }
        }
        return new ArrayList<>(cliques);
    }
}
