package org.skema.replan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.skema.model.Assignment;
import org.skema.model.Baseline;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Teacher;

/**
 * What a re-plan changed against the previous timetable: the sections that moved (by the
 * "Moved section" rule of {@link Baseline}), with their students and teachers, the sections that
 * are new, and the previous sections that are gone.
 *
 * @param moved    in section order
 * @param added    where sections without a previous time are now, for those that have a time
 * @param dropped  ids of previous sections the problem no longer has
 * @param students ids of every student of a moved section, sorted
 * @param teachers ids of every teacher of a moved section, sorted
 */
public record TimetableDiff(List<Move> moved, List<Assignment> added, List<String> dropped, Set<String> students,
        Set<String> teachers) {

    /** One moved section: where it was, where it is now, and who attends it now. */
    public record Move(Section section, Baseline.Placement before, Assignment after, List<String> students,
            List<String> teachers) {
    }

    /** The diff of a solution of a problem re-planned from a previous timetable ({@link Problem#previous()}). */
    public static TimetableDiff of(Solution solution) {
        Problem problem = solution.problem();
        Baseline previous = problem.previous();
        if (previous == null) {
            throw new IllegalArgumentException("problem " + problem.name() + " has no previous timetable");
        }
        List<List<String>> studentsOf = new ArrayList<>();
        problem.sections().forEach(section -> studentsOf.add(new ArrayList<>()));
        for (Student student : problem.students()) {
            solution.enrolment(student).forEach(section -> studentsOf.get(section.index()).add(student.id()));
        }
        List<Move> moved = new ArrayList<>();
        List<Assignment> added = new ArrayList<>();
        Set<String> students = new TreeSet<>();
        Set<String> teachers = new TreeSet<>();
        for (Section section : problem.sections()) {
            Baseline.Placement before = previous.placement(section);
            Assignment after = solution.assignment(section);
            if (before == null || before.time() == null) {
                if (after.hasTime()) {
                    added.add(after);
                }
                continue;
            }
            if (Baseline.moved(before, after.hasTime() ? after.time().pattern() : null, after.roomOrNull())) {
                List<String> teacherIds = section.teachers().stream().map(Teacher::id).toList();
                moved.add(new Move(section, before, after, List.copyOf(studentsOf.get(section.index())), teacherIds));
                students.addAll(studentsOf.get(section.index()));
                teachers.addAll(teacherIds);
            }
        }
        return new TimetableDiff(List.copyOf(moved), List.copyOf(added), previous.dropped(),
                Collections.unmodifiableSet(students), Collections.unmodifiableSet(teachers));
    }
}
