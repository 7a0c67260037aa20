package org.skema.evaluate;

import java.util.Map;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Rule;

/**
 * An evaluation as the ITC 2019 competition reports it: the time, room, distribution and student
 * penalty totals before weights, and the weighted total. With ITC 2019 weights (see
 * {@link #appliesTo}) the total is exactly the Evaluator's soft score: like every rule, room
 * penalties count only for sections with a time, which is also all an ITC 2019 solution file holds.
 *
 * @param time         sum of the chosen time options' penalties
 * @param room         sum of the chosen room options' penalties
 * @param distribution sum of the soft distributions' penalties, pairwise and group
 * @param student      student conflicts
 * @param total        the four weighted with the problem's time, room, distribution and student weights
 */
public record Itc2019Score(long time, long room, long distribution, long student, long total) {

    public static Itc2019Score of(Evaluation evaluation) {
        Map<Rule, Long> units = evaluation.unitsPerRule();
        long time = units.get(Rule.TIME_PENALTY);
        long room = units.get(Rule.ROOM_PENALTY);
        long distribution = units.get(Rule.PREFERRED_DISTRIBUTION_PAIR) + units.get(Rule.PREFERRED_DISTRIBUTION_GROUP);
        long student = units.get(Rule.STUDENT_CONFLICT);
        ObjectiveWeights w = evaluation.solution().problem().weights();
        long total = w.time() * time + w.room() * room + w.distribution() * distribution + w.studentConflict() * student;
        return new Itc2019Score(time, room, distribution, student, total);
    }

    /** Whether the problem is weighed as in ITC 2019: only the four ITC weights, room capacity not checked. */
    public static boolean appliesTo(Problem problem) {
        ObjectiveWeights w = problem.weights();
        return w.equals(ObjectiveWeights.itc2019(w.time(), w.room(), w.distribution(), w.studentConflict()));
    }
}
