package org.skema.cli;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/**
 * A score as people read it: "hard 0, open 2, soft -1234": hard violations and open decisions
 * counted, the soft score signed as in the result ("0hard/-2medium/-1234soft").
 */
final class ScoreText {
    private ScoreText() {
    }

    static String of(HardMediumSoftScore score) {
        return "hard " + -score.hardScore() + ", open " + -score.mediumScore() + ", soft " + score.softScore();
    }

    /** What the words of a progress line mean, printed once before the first. */
    static final String LEGEND = "Progress: hard = hard violations, open = decisions still to make (a time for each"
            + " unplaced section, and a room if it needs one), soft = the soft score (0 is best; the result's -...soft).";
}
