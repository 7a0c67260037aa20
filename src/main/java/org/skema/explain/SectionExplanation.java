package org.skema.explain;

import java.util.List;
import java.util.Map;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;
import org.skema.model.Rule;
import org.skema.model.Section;

/**
 * Where a section sits, what it breaks, and where else it could go.
 *
 * @param students        how many students attend it
 * @param alternatives    every allowed placement with its score change, best first
 * @param blockedOptions  for each hard rule, how many placements it rules out
 * @param millis          how long scoring the alternatives took
 */
public record SectionExplanation(Section section, Assignment assignment, int students, List<Violation> violations,
        List<Alternative> alternatives, Map<Rule, Integer> blockedOptions, long millis) {

    /** How many of its placements break no hard rule. */
    public long feasibleOptions() {
        return alternatives.stream().filter(Alternative::isFeasible).count();
    }
}
