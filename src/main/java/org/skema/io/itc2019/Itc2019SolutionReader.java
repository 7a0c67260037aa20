package org.skema.io.itc2019;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.io.SolutionFile;
import org.skema.io.xml.XmlCursor;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Reads an ITC 2019 solution for a problem already read. A class's time is found by (days, start,
 * weeks) among its options, as the competition does; students are listed under the classes they
 * attend. Classes missing from the file are unplaced.
 */
public final class Itc2019SolutionReader {
    private Itc2019SolutionReader() {
    }

    public static SolutionFile read(Path path, Problem problem) {
        try (XmlCursor xml = XmlCursor.open(path)) {
            return read(xml, problem);
        }
    }

    private static SolutionFile read(XmlCursor xml, Problem problem) {
        xml.root("solution");
        Map<String, Object> info = new LinkedHashMap<>();
        for (String attribute : List.of("name", "runtime", "cores", "technique", "author", "institution", "country")) {
            String value = xml.optional(attribute);
            if (value != null) {
                info.put(attribute, value);
            }
        }
        Calendar calendar = problem.calendar();
        Assignment[] assignments = new Assignment[problem.sections().size()];
        List<List<Section>> enrolments = new ArrayList<>();
        problem.students().forEach(s -> enrolments.add(new ArrayList<>()));
        boolean anyStudent = false;
        while (xml.nextChild()) {
            xml.expect("class");
            String id = xml.required("id");
            Section section = problem.section(id);
            if (section == null) {
                throw xml.error("id", "unknown class '" + id + "'");
            }
            if (assignments[section.index()] != null) {
                throw xml.error("id", "class " + id + " is listed twice");
            }
            assignments[section.index()] = assignment(xml, section, calendar, problem);
            Set<Student> seen = new HashSet<>();
            while (xml.nextChild()) {
                xml.expect("student");
                String studentId = xml.required("id");
                Student student = problem.student(studentId);
                if (student == null) {
                    throw xml.error("id", "unknown student '" + studentId + "'");
                }
                if (!seen.add(student)) {
                    throw xml.error("id", "student " + studentId + " is listed twice in class " + id);
                }
                enrolments.get(student.index()).add(section);
                anyStudent = true;
                xml.skip();
            }
        }
        List<Assignment> list = new ArrayList<>(assignments.length);
        for (Section section : problem.sections()) {
            Assignment assignment = assignments[section.index()];
            list.add(assignment != null ? assignment : Assignment.unplaced(section));
        }
        boolean hasStudents = anyStudent || problem.students().isEmpty();
        return new SolutionFile(problem, list, hasStudents ? Enrolments.of(enrolments) : null, info);
    }

    private static Assignment assignment(XmlCursor xml, Section section, Calendar calendar, Problem problem) {
        int days = Itc2019Times.days(xml, "days", calendar);
        long weeks = Itc2019Times.weeks(xml, "weeks", calendar);
        int start = xml.requiredInt("start");
        TimeOption time = null;
        for (TimeOption option : section.times()) {
            TimePattern pattern = option.pattern();
            if (pattern.days() == days && pattern.weeks() == weeks && pattern.start() == start) {
                time = option;
                break;
            }
        }
        if (time == null) {
            throw xml.error("start", "class " + section.id() + " has no time option with days "
                    + Itc2019Times.text(days, calendar.daysPerWeek()) + ", start " + start + " and weeks "
                    + Itc2019Times.text(weeks, calendar.weeks()));
        }
        String roomId = xml.optional("room");
        RoomOption room = null;
        if (roomId != null) {
            if (!section.needsRoom()) {
                throw xml.error("room", "class " + section.id() + " takes no room");
            }
            Room chosen = problem.room(roomId);
            room = chosen == null ? null : section.roomOption(chosen);
            if (room == null) {
                throw xml.error("room", "room '" + roomId + "' is not an option of class " + section.id());
            }
        }
        return new Assignment(section, time, room);
    }
}
