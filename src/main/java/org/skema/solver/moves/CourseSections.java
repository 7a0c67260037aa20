package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Course;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/** The planned sections of each course, for moves that gather a course in one room. */
final class CourseSections {
    private CourseSections() {
    }

    static Map<Course, List<PlannedSection>> of(Timetable timetable) {
        Map<Course, List<PlannedSection>> byCourse = new HashMap<>();
        for (PlannedSection section : timetable.getSections()) {
            byCourse.computeIfAbsent(section.getSection().course(), c -> new ArrayList<>()).add(section);
        }
        return byCourse;
    }
}
