package org.skema.io.json.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The whole problem file. */
@JsonbPropertyOrder({"format", "version", "name", "calendar", "weights", "timeSets", "rooms", "travel", "teachers",
        "courses", "distributions", "curricula", "students", "locks"})
public record ProblemJson(String format, Integer version, String name, CalendarJson calendar, WeightsJson weights,
        Map<String, List<TimeOptionJson>> timeSets, List<RoomJson> rooms, List<TravelJson> travel,
        List<TeacherJson> teachers, List<CourseJson> courses, List<DistributionJson> distributions,
        List<CurriculumJson> curricula, List<StudentJson> students, List<LockJson> locks) {
}
