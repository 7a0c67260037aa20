package org.skema.evaluate;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Rule;
import org.skema.model.Solution;

/** The Evaluator's verdict on a solution: every violation and the weighted total of each rule. */
public record Evaluation(Solution solution, List<Violation> violations) {
    /** Better first: fewer hard units, then fewer medium (unplaced), then less soft penalty, as the solver ranks them. */
    public static final Comparator<Evaluation> BETTER_FIRST = Comparator.comparingLong(Evaluation::hard)
            .thenComparingLong(Evaluation::medium).thenComparingLong(Evaluation::soft);

    public Evaluation {
        violations = List.copyOf(violations);
    }

    /** Violation units per rule, before weights; every rule is present. */
    public Map<Rule, Long> unitsPerRule() {
        Map<Rule, Long> units = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            units.put(rule, 0L);
        }
        violations.forEach(v -> units.merge(v.rule(), v.units(), Long::sum));
        return units;
    }

    /** Weighted penalty per rule on its own level; every rule is present. */
    public Map<Rule, Long> penaltyPerRule() {
        Map<Rule, Long> penalties = unitsPerRule();
        penalties.replaceAll((rule, units) -> units * rule.weight(solution.problem().weights()));
        return penalties;
    }

    public long total(Rule.Level level) {
        return penaltyPerRule().entrySet().stream().filter(e -> e.getKey().level() == level)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long hard() {
        return total(Rule.Level.HARD);
    }

    /** Open decisions: one per missing time, one per missing room. */
    public long medium() {
        return total(Rule.Level.MEDIUM);
    }

    /** Sections without a time, or without a room although they need one. */
    public long unplacedSections() {
        return violations(Rule.UNPLACED_SECTION).size();
    }

    public long soft() {
        return total(Rule.Level.SOFT);
    }

    /** Every section placed and no hard rule broken. */
    public boolean feasible() {
        return hard() == 0 && medium() == 0;
    }

    public List<Violation> violations(Rule rule) {
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }

    /** Score as text, "0hard/0medium/-1234soft", the same form as Timefold prints. */
    public String scoreText() {
        return -hard() + "hard/" + -medium() + "medium/" + -soft() + "soft";
    }
}
