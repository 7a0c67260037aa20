package org.skema.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.sectioning.GreedySectioner;

/** A tiny placed timetable whose names try to be formulas, markup and quotes. */
final class HostileNames {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String FORMULA = "=HYPERLINK(\"http://evil\",\"click\")";

    private HostileNames() {
    }

    static Solution solution() {
        Calendar calendar = new Calendar(4, 5, 288);
        ProblemBuilder b = new ProblemBuilder("hostile " + SCRIPT, calendar);
        Room room = b.addRoom("R1", "\tTab room", 50, "-North", Set.of(), List.of());
        Room other = b.addRoom("R/2", "Room \"two\" & co", 50, "", Set.of(), List.of());
        Teacher t1 = b.addTeacher("T1", "+cmd|' /C calc'!A0", Teacher.Kind.INTERNAL, List.of(), List.of());
        Teacher t2 = b.addTeacher("T2", "@SUM(1+1)", Teacher.Kind.EXTERNAL, List.of(), List.of());
        var course = b.addCourse("C1", FORMULA);
        Subpart lecture = b.addSubpart(b.addConfig(course, "1"), "L", SCRIPT);
        // Mon and Wed 10:15-12:00 in weeks 1, 2 and 4: week 3 must be an exception date.
        TimePattern gappy = new TimePattern(0b1011, 0b00101, 123, 21);
        Section s1 = b.addSection(lecture, "C1-L", "-minus \"quoted\"", 50, null, List.of(t1, t2), true, Set.of(),
                List.of(new TimeOption(gappy, 0)), List.of(new RoomOption(room, 0)));
        Section s2 = b.addSection(b.addSubpart(course.configs().get(0), "E", "Exercise"), "C1-E", null, 50, null,
                List.of(t2), true, Set.of(), List.of(new TimeOption(new TimePattern(0b1111, 0b00010, 99, 21), 0)),
                List.of(new RoomOption(other, 0)));
        b.addStudent("S1", "\"quoted\" <b>group</b>", List.of(course), List.of());
        b.addStudent("S2", "=1+1", List.of(course), List.of());
        Problem problem = b.build();
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            assignments.add(new Assignment(section, section.times().get(0), section.rooms().get(0)));
        }
        return new Solution(problem, assignments, new GreedySectioner().section(problem));
    }
}
