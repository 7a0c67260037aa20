package org.skema.replan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * the time and room they had in the previous timetable (or, asked for so, only the time or only
 * the room). What is no longer allowed cannot be kept:
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
        return of(problem, previous, sectionIds, teacherIds, courseIds, List.of(), List.of());
    }

    /**
     * Like {@link #of(Problem, Baseline, List, List, List)}, plus sections that keep only their time
     * ({@code timeOnlyIds}) or only their room ({@code roomOnlyIds}); a section asked for twice keeps
     * everything asked for.
     *
     * @throws ModelException for an id the problem does not have
     */
    public static PreviousLocks of(Problem problem, Baseline previous, List<String> sectionIds, List<String> teacherIds,
            List<String> courseIds, List<String> timeOnlyIds, List<String> roomOnlyIds) {
        Map<Section, Keep> chosen = new HashMap<>();
        sections(problem, sectionIds, "--lock-section").forEach(s -> chosen.merge(s, Keep.BOTH, Keep::and));
        for (String id : teacherIds) {
            Teacher teacher = problem.teacher(id);
            if (teacher == null) {
                throw new ModelException("--lock-teacher: unknown teacher '" + id + "'");
            }
            problem.sections().stream().filter(s -> s.teachers().contains(teacher))
                    .forEach(s -> chosen.merge(s, Keep.BOTH, Keep::and));
        }
        for (String id : courseIds) {
            Course course = problem.course(id);
            if (course == null) {
                throw new ModelException("--lock-course: unknown course '" + id + "'");
            }
            problem.sections().stream().filter(s -> s.course() == course)
                    .forEach(s -> chosen.merge(s, Keep.BOTH, Keep::and));
        }
        sections(problem, timeOnlyIds, "--lock-time").forEach(s -> chosen.merge(s, Keep.TIME, Keep::and));
        sections(problem, roomOnlyIds, "--lock-room").forEach(s -> chosen.merge(s, Keep.ROOM, Keep::and));
        List<SectionLock> locks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        chosen.keySet().stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).forEach(section -> {
            Keep keep = chosen.get(section);
            Baseline.Placement before = previous.placement(section);
            if (before == null || before.time() == null) {
                notes.add(section.id() + " had no time in the previous timetable: not locked");
                return;
            }
            if (keep == Keep.ROOM && before.roomId() == null) {
                notes.add(section.id() + " had no room in the previous timetable: not locked");
                return;
            }
            TimeOption time = keep == Keep.ROOM ? null : section.timeOption(before.time());
            RoomOption room = keep == Keep.TIME || before.room() == null ? null : section.roomOption(before.room());
            if (time == null && keep != Keep.ROOM) {
                notes.add(section.id() + ": its previous time is no longer allowed" + (room == null ? "; not locked"
                        : "; only its room is locked"));
            } else if (keep != Keep.TIME && before.roomId() != null && room == null) {
                notes.add(section.id() + ": its previous room " + before.roomId() + " is gone or no longer allowed;"
                        + (time == null ? " not locked" : " only its time is locked"));
            }
            if (time != null || room != null) {
                locks.add(new SectionLock(section, time, room));
            }
        });
        return new PreviousLocks(locks, notes);
    }

    private static List<Section> sections(Problem problem, List<String> ids, String option) {
        List<Section> sections = new ArrayList<>();
        for (String id : ids) {
            Section section = problem.section(id);
            if (section == null) {
                throw new ModelException(option + ": unknown section '" + id + "'");
            }
            sections.add(section);
        }
        return sections;
    }

    /** What of a section's previous placement to keep. */
    private enum Keep {
        TIME, ROOM, BOTH;

        Keep and(Keep other) {
            return this == other ? this : BOTH;
        }
    }
}
