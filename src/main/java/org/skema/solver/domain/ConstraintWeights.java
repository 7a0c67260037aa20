package org.skema.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Rule;

/** Turns a problem's objective weights into Timefold constraint weights; a zero weight switches a rule off. */
public final class ConstraintWeights {
    private ConstraintWeights() {
    }

    public static ConstraintWeightOverrides<HardMediumSoftScore> of(ObjectiveWeights weights) {
        Map<String, HardMediumSoftScore> map = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            map.put(rule.label(), weighted(rule, rule.weight(weights)));
        }
        return ConstraintWeightOverrides.of(map);
    }

    /** Only one rule counts, with its usual weight; used to read one rule's total from Timefold. */
    public static ConstraintWeightOverrides<HardMediumSoftScore> only(Rule kept, ObjectiveWeights weights) {
        Map<String, HardMediumSoftScore> map = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            map.put(rule.label(), rule == kept ? weighted(rule, rule.weight(weights)) : HardMediumSoftScore.ZERO);
        }
        return ConstraintWeightOverrides.of(map);
    }

    /** The score of {@code units} of a rule on its own level. */
    public static HardMediumSoftScore weighted(Rule rule, long units) {
        return switch (rule.level()) {
            case HARD -> HardMediumSoftScore.ofHard(units);
            case MEDIUM -> HardMediumSoftScore.ofMedium(units);
            case SOFT -> HardMediumSoftScore.ofSoft(units);
        };
    }
}
