package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Problem;
import org.skema.solver.domain.PlannedSection;

/**
 * The distribution rules a {@link DistributionMoveFactory} move may repair by changing all their
 * sections together, by section, with how often each is chosen. Depends on problem facts only, so
 * it is built once per solve.
 */
final class JointRules {
    /**
     * Rules whose members should all agree (or all differ) on one property, so that moving one
     * member alone breaks it with every other: these are worth moving together at any size.
     */
    static final Set<DistributionType> TOGETHER = EnumSet.of(DistributionType.SAME_START, DistributionType.SAME_TIME,
            DistributionType.SAME_DAYS, DistributionType.SAME_WEEKS, DistributionType.SAME_ROOM,
            DistributionType.DIFFERENT_TIME, DistributionType.DIFFERENT_DAYS, DistributionType.DIFFERENT_WEEKS);
    /**
     * Larger rules cost a pair test per two members on every draw; the muni-fsps SameDays rule that
     * motivated the move has 15.
     */
    static final int MAX_MEMBERS = 50;
    /** Any other pairwise time rule is moved together only when it is this small. */
    static final int FEW_MEMBERS = 4;

    private final List<List<Distribution>> bySection;
    private final int requiredWeight;

    private JointRules(List<List<Distribution>> bySection, int requiredWeight) {
        this.bySection = bySection;
        this.requiredWeight = requiredWeight;
    }

    static JointRules of(Problem problem) {
        List<List<Distribution>> bySection = new ArrayList<>(problem.sections().size());
        for (int i = 0; i < problem.sections().size(); i++) {
            bySection.add(new ArrayList<>(1));
        }
        int maxPenalty = 1;
        for (Distribution rule : problem.distributions()) {
            if (isJoint(rule)) {
                rule.sections().forEach(section -> bySection.get(section.index()).add(rule));
                maxPenalty = Math.max(maxPenalty, rule.penalty());
            }
        }
        // A broken required rule counts on the hard level: at least as worth repairing as any soft one.
        return new JointRules(bySection, maxPenalty);
    }

    /** Whether moving all members of this rule together makes sense (see {@link #TOGETHER}). */
    static boolean isJoint(Distribution rule) {
        int members = rule.sections().size();
        if (members < 2 || members > MAX_MEMBERS || !rule.type().isPairwise()) {
            return false;
        }
        return TOGETHER.contains(rule.type())
                || (members <= FEW_MEMBERS && rule.type() != DistributionType.DIFFERENT_ROOM);
    }

    boolean isEmpty() {
        return bySection.stream().allMatch(List::isEmpty);
    }

    /** The rules this section takes part in. */
    List<Distribution> of(PlannedSection section) {
        return bySection.get(section.getIndex());
    }

    /** One of the section's rules, soft ones weighted by their penalty; null if it has none. */
    Distribution pick(PlannedSection section, RandomGenerator random) {
        List<Distribution> rules = of(section);
        if (rules.size() <= 1) {
            return rules.isEmpty() ? null : rules.get(0);
        }
        long total = 0;
        for (Distribution rule : rules) {
            total += weight(rule);
        }
        long draw = random.nextLong(total);
        for (Distribution rule : rules) {
            draw -= weight(rule);
            if (draw < 0) {
                return rule;
            }
        }
        throw new IllegalStateException("weights changed while drawing");
    }

    private int weight(Distribution rule) {
        return rule.required() ? requiredWeight : rule.penalty();
    }
}
