package org.skema.generate;

import java.util.List;
import java.util.stream.Collectors;
import org.skema.model.Assignment;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Distribution;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/** A canonical text of a problem and a solution: equal text means equal content. Sets are written sorted. */
final class ProblemDump {
    private ProblemDump() {
    }

    static String of(Problem problem) {
        StringBuilder out = new StringBuilder();
        out.append("problem ").append(problem.name()).append(' ').append(problem.calendar()).append(' ')
                .append(problem.weights()).append('\n');
        for (Room room : problem.rooms()) {
            out.append("room ").append(room.id()).append('|').append(room.name()).append('|').append(room.capacity())
                    .append('|').append(room.building()).append('|').append(room.features().stream().sorted().toList())
                    .append('|').append(patterns(room.unavailable())).append('\n');
        }
        for (Room a : problem.rooms()) {
            for (Room b : problem.rooms()) {
                int slots = problem.travel().between(a, b);
                if (a.index() < b.index() && slots != 0) {
                    out.append("travel ").append(a.id()).append(' ').append(b.id()).append(' ').append(slots).append('\n');
                }
            }
        }
        for (Teacher teacher : problem.teachers()) {
            out.append("teacher ").append(teacher.id()).append('|').append(teacher.name()).append('|')
                    .append(teacher.kind()).append('|').append(patterns(teacher.unavailable())).append('|')
                    .append(options(teacher.undesired())).append('\n');
        }
        for (Course course : problem.courses()) {
            out.append("course ").append(course.id()).append('|').append(course.name()).append('\n');
            for (Config config : course.configs()) {
                out.append(" config ").append(config.id()).append('\n');
                for (Subpart subpart : config.subparts()) {
                    out.append("  subpart ").append(subpart.id()).append('|').append(subpart.name()).append('\n');
                    for (Section section : subpart.sections()) {
                        out.append("   section ").append(section.index()).append(' ').append(section.id()).append('|')
                                .append(section.name()).append('|').append(section.limit()).append('|')
                                .append(section.parent() == null ? "-" : section.parent().id()).append('|')
                                .append(section.teachers().stream().map(Teacher::id).toList()).append('|')
                                .append(section.needsRoom()).append('|')
                                .append(section.requiredFeatures().stream().sorted().toList()).append('|')
                                .append(options(section.times())).append('|')
                                .append(section.rooms().stream().map(o -> o.room().id() + ":" + o.penalty()).toList())
                                .append('\n');
                    }
                }
            }
        }
        for (Distribution distribution : problem.distributions()) {
            out.append("distribution ").append(distribution).append('|').append(distribution.penalty()).append('|')
                    .append(distribution.sections().stream().map(Section::id).toList()).append('\n');
        }
        for (Student student : problem.students()) {
            out.append("student ").append(student.id()).append('|').append(student.group()).append('|')
                    .append(student.courses().stream().map(Course::id).toList()).append('|')
                    .append(student.fixedSections().stream().map(Section::id).toList()).append('\n');
        }
        return out.toString();
    }

    static String of(Solution solution) {
        StringBuilder out = new StringBuilder();
        for (Assignment assignment : solution.assignments()) {
            RoomOption room = assignment.room();
            out.append(assignment.section().id()).append(' ').append(pattern(assignment.time().pattern())).append(' ')
                    .append(room == null ? "-" : room.room().id()).append('\n');
        }
        solution.enrolments().forEach(sections -> out.append(sections.stream().map(Section::id).toList()).append('\n'));
        return out.toString();
    }

    private static String patterns(List<TimePattern> patterns) {
        return patterns.stream().map(ProblemDump::pattern).collect(Collectors.joining(",", "[", "]"));
    }

    private static String options(List<TimeOption> options) {
        return options.stream().map(o -> pattern(o.pattern()) + ":" + o.penalty()).collect(Collectors.joining(",", "[", "]"));
    }

    private static String pattern(TimePattern time) {
        return Long.toBinaryString(time.weeks()) + "/" + Integer.toBinaryString(time.days()) + "/" + time.start() + "+"
                + time.length();
    }
}
