package org.skema.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skema.model.Assignment;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;

/**
 * A solution as read from a file. The file may leave out student enrolments, in which case
 * {@code enrolments} is null and the caller sections the students itself.
 *
 * @param assignments one per section of the problem, in section order
 * @param enrolments  one list per student in student order, or null when the file has none
 * @param info        free-form metadata the writer stored (score, seed, ...); empty when absent
 */
public record SolutionFile(Problem problem, List<Assignment> assignments, List<List<Section>> enrolments,
        Map<String, Object> info) {

    public SolutionFile {
        assignments = List.copyOf(assignments);
        enrolments = enrolments == null ? null : enrolments.stream().map(List::copyOf).toList();
        info = info == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(info));
    }

    public boolean hasEnrolments() {
        return enrolments != null;
    }

    /**
     * The solution, with the file's enrolments or, when it has none, with those that
     * {@code sectioner} computes for the problem (for example {@code new GreedySectioner()::section}).
     */
    public Solution toSolution(Function<Problem, List<List<Section>>> sectioner) {
        return new Solution(problem, assignments, hasEnrolments() ? enrolments : sectioner.apply(problem));
    }
}
