package org.skema.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.model.Assignment;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Distribution;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;

/**
 * A small copy of a solution around one section: every room and the teachers of the kept
 * sections, the kept sections with their placements, the distributions that contain the section,
 * and the students who attend it with their enrolments. Copies keep their ids; parents outside the
 * copy are dropped (no rule reads them). Scoring this copy costs in proportion to what it holds,
 * not to the whole problem.
 */
final class Neighbourhood {
    private final Solution solution;
    private final Section copyOfSection;
    private final Map<Room, Room> rooms = new HashMap<>();

    private Neighbourhood(Solution solution, Section copyOfSection, Map<Room, Room> rooms) {
        this.solution = solution;
        this.copyOfSection = copyOfSection;
        this.rooms.putAll(rooms);
    }

    /** @param keep the sections to copy, the focus section among them */
    static Neighbourhood around(Solution original, Section focus, Set<Section> keep) {
        Problem problem = original.problem();
        ProblemBuilder b = new ProblemBuilder(problem.name(), problem.calendar()).weights(problem.weights());
        Map<Room, Room> rooms = new LinkedHashMap<>();
        for (Room room : problem.rooms()) {
            rooms.put(room, b.addRoom(room.id(), room.name(), room.capacity(), room.building(), room.features(),
                    room.unavailable(), room.withdrawn()));
        }
        for (Room a : problem.rooms()) {
            for (Room other : problem.rooms()) {
                int slots = problem.travel().between(a, other);
                if (a.index() < other.index() && slots > 0) {
                    b.setTravel(rooms.get(a), rooms.get(other), slots);
                }
            }
        }
        Map<Teacher, Teacher> teachers = new HashMap<>();
        for (Section section : problem.sections()) {
            if (keep.contains(section)) {
                for (Teacher teacher : section.teachers()) {
                    teachers.computeIfAbsent(teacher, t -> b.addTeacher(t.id(), t.name(), t.kind(), t.unavailable(),
                            t.undesired(), t.withdrawn()));
                }
            }
        }
        Map<Section, Section> sections = new HashMap<>();
        Map<Course, Course> courses = new HashMap<>();
        for (Course course : problem.courses()) {
            for (Config config : course.configs()) {
                Config configCopy = null;
                for (Subpart subpart : config.subparts()) {
                    Subpart subpartCopy = null;
                    for (Section section : subpart.sections()) {
                        if (!keep.contains(section)) {
                            continue;
                        }
                        Course courseCopy = courses.computeIfAbsent(course, c -> b.addCourse(c.id(), c.name()));
                        configCopy = configCopy != null ? configCopy : b.addConfig(courseCopy, config.id());
                        subpartCopy = subpartCopy != null ? subpartCopy : b.addSubpart(configCopy, subpart.id(),
                                subpart.name());
                        Section parent = section.parent();
                        sections.put(section, b.addSection(subpartCopy, section.id(), section.name(), section.limit(),
                                parent != null && keep.contains(parent) ? parent.id() : null,
                                section.teachers().stream().map(teachers::get).toList(), section.needsRoom(),
                                section.requiredFeatures(), section.times(),
                                section.rooms().stream().map(o -> new RoomOption(rooms.get(o.room()), o.penalty())).toList()));
                    }
                }
            }
        }
        for (Distribution distribution : problem.distributions()) {
            if (distribution.sections().contains(focus)) {
                b.addDistribution(distribution.type(), distribution.parameters(),
                        distribution.sections().stream().map(sections::get).toList(), distribution.required(),
                        distribution.penalty());
            }
        }
        List<List<Section>> enrolments = new ArrayList<>();
        for (Student student : problem.students()) {
            List<Section> attended = original.enrolment(student);
            if (!attended.contains(focus)) {
                continue;
            }
            b.addStudent(student.id(), student.group(), student.courses().stream().filter(courses::containsKey)
                    .map(courses::get).toList(), student.fixedSections().stream().filter(sections::containsKey)
                    .map(sections::get).toList());
            enrolments.add(attended.stream().map(sections::get).toList());
        }
        Problem copy = b.build();
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : copy.sections()) {
            Assignment placed = original.assignment(problem.section(section.id()));
            assignments.add(new Assignment(section, placed.time(), placed.room() == null ? null
                    : new RoomOption(rooms.get(placed.room().room()), placed.room().penalty())));
        }
        return new Neighbourhood(new Solution(copy, assignments, Enrolments.of(enrolments)), sections.get(focus),
                rooms);
    }

    Solution solution() {
        return solution;
    }

    /** The copy of the focus section. */
    Section section() {
        return copyOfSection;
    }

    /** The copy of an original room option, or null for null. */
    RoomOption copy(RoomOption option) {
        return option == null ? null : new RoomOption(rooms.get(option.room()), option.penalty());
    }
}
