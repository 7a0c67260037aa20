package org.skema.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Assignment;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Solution;

/**
 * The ITC 2007 track 3 objective (UD2) of an evaluated timetable, as the official validator reports
 * it: four raw counts, their weighted costs and the total. It reads the Evaluator's units of the
 * four curriculum rules and weighs them with UD2's weights, whatever the problem's own are.
 *
 * @param roomCapacity          students above room capacity, summed over lectures
 * @param minWorkingDays        days missing below the courses' minimum working days
 * @param curriculumCompactness isolated lectures, per curriculum
 * @param roomStability         rooms beyond the first, per course
 * @param feasible              no hard violation and every lecture placed, as the validator sees it
 */
public record Ud2Score(long roomCapacity, long minWorkingDays, long curriculumCompactness, long roomStability,
        boolean feasible) {
    private static final ObjectiveWeights UD2 = ObjectiveWeights.itc2007();

    /**
     * The score of what a .sol file holds: lectures with a period and a room. A section with a time
     * but no room yet (the solver may leave one so) counts for the Evaluator's time rules, but a
     * .sol file has no line for it, so it is judged unplaced here, as the validator would.
     */
    public static Ud2Score of(Evaluation evaluation) {
        Solution solution = evaluation.solution();
        if (solution.assignments().stream().anyMatch(a -> a.hasTime() && !a.isPlaced())) {
            List<Assignment> placed = solution.assignments().stream()
                    .map(a -> a.isPlaced() ? a : Assignment.unplaced(a.section())).toList();
            evaluation = new Evaluator().evaluate(new Solution(solution.problem(), placed, solution.enrolments()));
        }
        Map<Rule, Long> units = evaluation.unitsPerRule();
        return new Ud2Score(units.get(Rule.ROOM_CAPACITY_OVERFLOW), units.get(Rule.MIN_WORKING_DAYS),
                units.get(Rule.CURRICULUM_COMPACTNESS), units.get(Rule.ROOM_STABILITY), evaluation.feasible());
    }

    /** Whether the problem is weighed as ITC 2007's UD2, as the .ctt reader sets it. */
    public static boolean appliesTo(Problem problem) {
        return problem.weights().equals(UD2);
    }

    /** The weighted cost of each component under the validator's names, in its order. */
    public Map<String, Long> costs() {
        Map<String, Long> costs = new LinkedHashMap<>();
        costs.put("RoomCapacity", roomCapacity * UD2.roomOverflow());
        costs.put("MinWorkingDays", minWorkingDays * UD2.minWorkingDays());
        costs.put("CurriculumCompactness", curriculumCompactness * UD2.curriculumCompactness());
        costs.put("RoomStability", roomStability * UD2.roomStability());
        return costs;
    }

    public long total() {
        return costs().values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line, "UD2 (ITC 2007): 36 = RoomCapacity 4 + MinWorkingDays 10 + ...", marked when infeasible. */
    public String text() {
        StringBuilder text = new StringBuilder("UD2 (ITC 2007): ").append(total()).append(" =");
        String plus = " ";
        for (Map.Entry<String, Long> cost : costs().entrySet()) {
            text.append(plus).append(cost.getKey()).append(' ').append(cost.getValue());
            plus = " + ";
        }
        return text.append(feasible ? "" : "  (infeasible: the validator would report hard violations)").toString();
    }
}
