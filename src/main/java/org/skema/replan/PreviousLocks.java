package org.skema.replan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skema.model.Baseline;
import org.skema.model.Course;
import org.skema.model.ModelException;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/**
 * Locks a planner asks for when re-planning: sections, given by id, by teacher or by course, keep
 * the time and room they had in the previous timetable. What is no longer allowed cannot be kept:
 * a section whose previous room is gone or not allowed keeps only its time, and so on; each such
 * case is noted.
 *
 * @param locks one per section that keeps something, in problem order
 * @param notes one sentence per section that keeps less than asked, or nothing
 */
public record PreviousLocks(List<SectionLock> locks, List<String> notes) {

    /** @throws ModelException for an id the problem does not have */
    public static PreviousLocks of(Problem problem, Baseline previous, List<String> sectionIds, List<String> teacherIds,
            List<String> courseIds) {
        Set<Section> chosen = new LinkedHashSet<>();
        for (String id : sectionIds) {
            Section section = problem.section(id);
            if (section == null) {
                throw new ModelException("--lock-section: unknown section '" + id + "'");
            }
            chosen.add(section);
        }
        for (String id : teacherIds) {
            Teacher teacher = problem.teacher(id);
            if (teacher == null) {
                throw new ModelException("--lock-teacher: unknown teacher '" + id + "'");
            }
            problem.sections().stream().filter(s -> s.teachers().contains(teacher)).forEach(chosen::add);
        }
        for (String id : courseIds) {
            Course course = problem.course(id);
            if (course == null) {
                throw new ModelException("--lock-course: unknown course '" + id + "'");
            }
            problem.sections().stream().filter(s -> s.course() == course).forEach(chosen::add);
        }
        List<SectionLock> locks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        chosen.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).forEach(section -> {
            Baseline.Placement before = previous.placement(section);
            if (before == null || before.time() == null) {
                notes.add(section.id() + " had no time in the previous timetable: not locked");
                return;
            }
            TimeOption time = section.timeOption(before.time());
            RoomOption room = before.room() == null ? null : section.roomOption(before.room());
            if (time == null) {
                notes.add(section.id() + ": its previous time is no longer allowed" + (room == null ? "; not locked"
                        : "; only its room is locked"));
            } else if (before.roomId() != null && room == null) {
                notes.add(section.id() + ": its previous room " + before.roomId() + " is gone or no longer allowed;"
                        + " only its time is locked");
            }
            if (time != null || room != null) {
                locks.add(new SectionLock(section, time, room));
            }
        });
        return new PreviousLocks(locks, notes);
    }
}
