package org.skema.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.Sectioner;

/**
 * A solution as read from a file. The file may leave out student enrolments, in which case
 * {@code enrolments} is null and the caller sections the students itself.
 *
 * @param assignments one per section of the problem, in section order
 * @param enrolments  the file's enrolments, or null when it has none
 * @param info        free-form metadata the writer stored (score, seed, ...); empty when absent
 */
public record SolutionFile(Problem problem, List<Assignment> assignments, Enrolments enrolments,
        Map<String, Object> info) {

    public SolutionFile {
        assignments = List.copyOf(assignments);
        info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    public boolean hasEnrolments() {
        return enrolments != null;
    }

    /**
     * The solution, with the file's enrolments or, when it has none, with those that
     * {@code sectioner} computes for the problem (for example {@code new GreedySectioner()}).
     */
    public Solution toSolution(Sectioner sectioner) {
        return new Solution(problem, assignments, hasEnrolments() ? enrolments : sectioner.section(problem));
    }
}
