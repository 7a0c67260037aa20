package org.skema.io.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.io.json.dto.EnrolmentJson;
import org.skema.io.json.dto.PlacementJson;
import org.skema.io.json.dto.SolutionJson;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/** Turns a {@link Solution} into the records of a "skema-solution" file: every section and every student. */
final class JsonSolutionWriter {
    private JsonSolutionWriter() {
    }

    static SolutionJson toJson(Solution solution, Map<String, Object> info) {
        Calendar calendar = solution.problem().calendar();
        List<PlacementJson> placements = new ArrayList<>();
        for (Assignment assignment : solution.assignments()) {
            String room = assignment.roomOrNull() == null ? null : assignment.roomOrNull().id();
            String id = assignment.section().id();
            if (assignment.hasTime()) {
                TimePattern time = assignment.time().pattern();
                placements.add(new PlacementJson(id, null, TimeText.days(time.days()),
                        TimeText.clock(time.start(), calendar), TimeText.clock(time.end(), calendar),
                        TimeText.weeks(time.weeks()), room));
            } else {
                placements.add(new PlacementJson(id, true, null, null, null, null, null)); // no time, so no room
            }
        }
        List<EnrolmentJson> students = new ArrayList<>();
        for (Student student : solution.problem().students()) {
            students.add(new EnrolmentJson(student.id(), solution.enrolment(student).stream().map(Section::id).toList()));
        }
        Map<String, Object> metadata = info == null || info.isEmpty() ? null : new LinkedHashMap<>(info);
        return new SolutionJson(JsonSolutionReader.FORMAT, JsonDocument.VERSION, solution.problem().name(), placements,
                students, metadata);
    }
}
