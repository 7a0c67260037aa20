package org.skema.generate;

import java.util.List;
import java.util.Locale;
import org.skema.model.Problem;
import org.skema.model.Solution;

/**
 * A generated faculty: the problem, and the timetable it was built around. The planted solution is
 * feasible by construction, so it proves the problem can be solved and gives the solver a baseline.
 */
public record GeneratedFaculty(Problem problem, Solution planted) {

    /** Sections, students, teachers, rooms, distributions and enrolments, on one line. */
    public String summary() {
        long enrolments = planted.enrolments().stream().mapToLong(List::size).sum();
        return String.format(Locale.ROOT,
                "%s: %d sections, %d students, %d teachers, %d rooms, %d distributions, %d student-section enrolments",
                problem.name(), problem.sections().size(), problem.students().size(), problem.teachers().size(),
                problem.rooms().size(), problem.distributions().size(), enrolments);
    }
}
