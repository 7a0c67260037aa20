package org.skema.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Teacher;
import org.skema.model.TimePattern;

/**
 * A solution seen the way the exports show it: the sections that have a time, their meetings (one
 * per day of the week they meet on), and who sees them: each teacher, room, student group and
 * student. Only sections with a time appear; a section that has a time but no room still does.
 */
public final class Schedule {
    private final Solution solution;
    private final int[] attendance;
    private final List<Section> timed = new ArrayList<>();
    private final Map<Teacher, List<Section>> byTeacher = new LinkedHashMap<>();
    private final Map<Room, List<Section>> byRoom = new LinkedHashMap<>();
    private final Map<String, Map<Section, Integer>> byGroup = new TreeMap<>();

    public Schedule(Solution solution) {
        this.solution = solution;
        Problem problem = solution.problem();
        attendance = new int[problem.sections().size()];
        problem.teachers().forEach(teacher -> byTeacher.put(teacher, new ArrayList<>()));
        problem.rooms().forEach(room -> byRoom.put(room, new ArrayList<>()));
        for (Section section : problem.sections()) {
            if (solution.assignment(section).hasTime()) {
                timed.add(section);
                section.teachers().forEach(teacher -> byTeacher.get(teacher).add(section));
                Room room = solution.assignment(section).roomOrNull();
                if (room != null) {
                    byRoom.get(room).add(section);
                }
            }
        }
        for (Student student : problem.students()) {
            Map<Section, Integer> group = student.group().isEmpty() ? null
                    : byGroup.computeIfAbsent(student.group(), g -> new LinkedHashMap<>());
            for (Section section : solution.enrolment(student)) {
                attendance[section.index()]++;
                if (group != null && solution.assignment(section).hasTime()) {
                    group.merge(section, 1, Integer::sum);
                }
            }
        }
    }

    public Solution solution() {
        return solution;
    }

    public Problem problem() {
        return solution.problem();
    }

    /** Sections with a time, in problem order. */
    public List<Section> timed() {
        return timed;
    }

    public TimePattern time(Section section) {
        return solution.assignment(section).time().pattern();
    }

    /** The section's room, or null. */
    public Room room(Section section) {
        return solution.assignment(section).roomOrNull();
    }

    /** Students attending the section. */
    public int attendance(Section section) {
        return attendance[section.index()];
    }

    /** Every teacher (also those without teaching) and their timed sections. */
    public Map<Teacher, List<Section>> byTeacher() {
        return byTeacher;
    }

    /** Every room (also unused ones) and the timed sections in it. */
    public Map<Room, List<Section>> byRoom() {
        return byRoom;
    }

    /** Each student group by name, with its timed sections and how many of its students attend each. */
    public Map<String, Map<Section, Integer>> byGroup() {
        return byGroup;
    }

    /** A student's timed sections. */
    public List<Section> of(Student student) {
        return solution.enrolment(student).stream().filter(s -> solution.assignment(s).hasTime()).toList();
    }

    /** The days (0 = Monday) a section meets on, in order. */
    public List<Integer> days(Section section) {
        List<Integer> days = new ArrayList<>();
        int bits = time(section).days();
        for (int day = 0; day < 7; day++) {
            if ((bits & (1 << day)) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
