package org.skema.cli;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

/** A score as people read it: "hard 0, unplaced 2, soft 1234". */
final class ScoreText {
    private ScoreText() {
    }

    static String of(HardMediumSoftScore score) {
        return of(-score.hardScore(), -score.mediumScore(), -score.softScore());
    }

    static String of(long hard, long medium, long soft) {
        return "hard " + hard + ", open " + medium + ", soft " + soft;
    }
}
