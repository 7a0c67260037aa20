package org.skema.model;

import java.util.List;

/**
 * A timetable for a problem: one assignment per section (in section order) and the sections each
 * student attends (in student order).
 */
public record Solution(Problem problem, List<Assignment> assignments, Enrolments enrolments) {

    public Solution {
        if (assignments.size() != problem.sections().size()) {
            throw new ModelException("solution has " + assignments.size() + " assignments for "
                    + problem.sections().size() + " sections");
        }
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).section() != problem.sections().get(i)) {
                throw new ModelException("assignment " + i + " is not for section " + problem.sections().get(i).id());
            }
        }
        if (enrolments.size() != problem.students().size()) {
            throw new ModelException("solution has enrolments for " + enrolments.size() + " of "
                    + problem.students().size() + " students");
        }
        assignments = List.copyOf(assignments);
    }

    public Assignment assignment(Section section) {
        return assignments.get(section.index());
    }

    public List<Section> enrolment(Student student) {
        return enrolments.of(student);
    }

    public long placedCount() {
        return assignments.stream().filter(Assignment::isPlaced).count();
    }
}
