package org.skema.explain;

import java.util.Comparator;
import java.util.Map;
import org.skema.evaluate.Evaluation;
import org.skema.model.Rule;

/**
 * A timetable in one line: how many sections are placed, hard violations, student conflicts, and
 * the rule that costs most at the most severe level that costs anything.
 *
 * @param worstRule    null when no rule costs anything
 * @param worstPenalty its penalty (units times weight), at its level
 */
public record Headline(long placed, long sections, long hard, long studentConflicts, Rule worstRule, long worstPenalty) {

    public static Headline of(Evaluation evaluation) {
        long sections = evaluation.solution().assignments().size();
        Map<Rule, Long> penalties = evaluation.penaltyPerRule();
        Rule worst = penalties.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Comparator.<Map.Entry<Rule, Long>, Rule.Level>comparing(e -> e.getKey().level(),
                        Comparator.reverseOrder()).thenComparing(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(null);
        return new Headline(sections - evaluation.unplacedSections(), sections, evaluation.hard(),
                evaluation.unitsPerRule().getOrDefault(Rule.STUDENT_CONFLICT, 0L), worst,
                worst == null ? 0 : penalties.get(worst));
    }
}
