package org.skema.model;

/** How many students each section is expected to hold; the room rules of solver and Evaluator both use it. */
public final class Attendance {
    private Attendance() {
    }

    /**
     * Per section (by index): the students enrolled in it or, when the problem has no students at all,
     * the section's limit. ITC 2007 gives only a head count per course, which its reader puts in the
     * limit; a problem with students counts them, so an empty section then expects nobody.
     */
    public static int[] expectedSizes(Problem problem, Enrolments enrolments) {
        if (!problem.students().isEmpty()) {
            return enrolments.counts(problem);
        }
        int[] sizes = new int[problem.sections().size()];
        problem.sections().forEach(section -> sizes[section.index()] = section.limit());
        return sizes;
    }
}
