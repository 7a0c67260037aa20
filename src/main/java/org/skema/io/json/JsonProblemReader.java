package org.skema.io.json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skema.io.json.dto.CalendarJson;
import org.skema.io.json.dto.CurriculumJson;
import org.skema.io.json.dto.DistributionJson;
import org.skema.io.json.dto.LockJson;
import org.skema.io.json.dto.ProblemJson;
import org.skema.io.json.dto.StudentJson;
import org.skema.io.json.dto.TeacherJson;
import org.skema.io.json.dto.WeightsJson;
import org.skema.model.Calendar;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** Reads a "skema-problem" file into a {@link Problem}, element by element in file order. */
final class JsonProblemReader {
    static final String FORMAT = "skema-problem";

    private final JsonErrors errors;
    private final ProblemJson json;

    private JsonProblemReader(JsonErrors errors, ProblemJson json) {
        this.errors = errors;
        this.json = json;
    }

    static Problem read(Path file) {
        JsonDocument document = JsonDocument.read(file, FORMAT);
        return new JsonProblemReader(document.errors(), document.bind(ProblemJson.class)).read();
    }

    private Problem read() {
        Calendar calendar = calendar();
        ProblemBuilder builder = new ProblemBuilder(json.name(), calendar).weights(weights());
        JsonTimes times = new JsonTimes(calendar, errors);
        JsonRoomReader rooms = new JsonRoomReader(errors, times, builder);
        rooms.rooms(json.rooms(), JsonPath.ROOT.field("rooms"));
        rooms.travel(json.travel(), JsonPath.ROOT.field("travel"));
        teachers(builder, times);
        new JsonCourseReader(errors, times, builder).read(json.timeSets(), json.courses());
        distributions(builder);
        curricula(builder);
        students(builder);
        Problem problem = errors.at(JsonPath.ROOT, builder::build);
        return problem.withLocks(locks(problem));
    }

    /** Locks come last: they name sections, times and rooms of the finished problem. */
    private List<SectionLock> locks(Problem problem) {
        List<LockJson> locks = orEmpty(json.locks());
        JsonPlacements placements = new JsonPlacements(errors, problem);
        Map<Section, Integer> seen = new HashMap<>();
        List<SectionLock> result = new ArrayList<>();
        for (int i = 0; i < locks.size(); i++) {
            LockJson lock = locks.get(i);
            JsonPath at = JsonPath.ROOT.field("locks").index(i, lock.section());
            String id = errors.requireText(lock.section(), at, "section");
            Section section = problem.section(id);
            if (section == null) {
                throw errors.error(at.field("section"), "unknown section '" + id + "'");
            }
            Integer first = seen.putIfAbsent(section, i);
            if (first != null) {
                throw errors.error(at.field("section"), "section " + id + " is locked twice (first at line "
                        + errors.line(JsonPath.ROOT.field("locks").index(first, id)) + ")");
            }
            boolean time = lock.days() != null || lock.start() != null || lock.end() != null || lock.weeks() != null;
            if (!time && lock.room() == null) {
                throw errors.error(at, "a lock needs the time to keep (\"days\", \"start\", ...), the \"room\" to keep,"
                        + " or both");
            }
            TimeOption locked = time ? placements.time(section, placements.written(lock.days(), lock.start(),
                    lock.end(), lock.weeks(), at), at) : null;
            RoomOption room = lock.room() == null ? null : placements.room(section, lock.room(), at.field("room"));
            result.add(errors.at(at, () -> new SectionLock(section, locked, room)));
        }
        return result;
    }

    private Calendar calendar() {
        JsonPath at = JsonPath.ROOT.field("calendar");
        CalendarJson calendar = errors.require(json.calendar(), JsonPath.ROOT, "calendar");
        int weeks = errors.require(calendar.weeks(), at, "weeks");
        int days = errors.require(calendar.days(), at, "days");
        int slots = errors.require(calendar.slotsPerDay(), at, "slotsPerDay");
        return errors.at(at, () -> new Calendar(weeks, days, slots));
    }

    /** Missing weights, or missing single weights, take the faculty defaults. */
    private ObjectiveWeights weights() {
        ObjectiveWeights defaults = ObjectiveWeights.faculty();
        WeightsJson w = json.weights();
        if (w == null) {
            return defaults;
        }
        JsonPath at = JsonPath.ROOT.field("weights");
        return new ObjectiveWeights(
                weight(w.time(), defaults.time(), at, "time"),
                weight(w.room(), defaults.room(), at, "room"),
                weight(w.distribution(), defaults.distribution(), at, "distribution"),
                weight(w.studentConflict(), defaults.studentConflict(), at, "studentConflict"),
                weight(w.studentGap(), defaults.studentGap(), at, "studentGap"),
                weight(w.teacherUndesired(), defaults.teacherUndesired(), at, "teacherUndesired"),
                weight(w.gapToleranceSlots(), defaults.gapToleranceSlots(), at, "gapToleranceSlots"),
                w.roomCapacityIsHard() == null ? defaults.roomCapacityIsHard() : w.roomCapacityIsHard(),
                weight(w.roomOverflow(), defaults.roomOverflow(), at, "roomOverflow"),
                weight(w.minWorkingDays(), defaults.minWorkingDays(), at, "minWorkingDays"),
                weight(w.curriculumCompactness(), defaults.curriculumCompactness(), at, "curriculumCompactness"),
                weight(w.roomStability(), defaults.roomStability(), at, "roomStability"),
                weight(w.disruption(), defaults.disruption(), at, "disruption"));
    }

    private int weight(Integer value, int fallback, JsonPath at, String field) {
        return value == null ? fallback : errors.nonNegative(value, at.field(field));
    }

    private void teachers(ProblemBuilder builder, JsonTimes times) {
        List<TeacherJson> teachers = orEmpty(json.teachers());
        IdRegistry ids = new IdRegistry("teacher", errors);
        for (int i = 0; i < teachers.size(); i++) {
            TeacherJson teacher = teachers.get(i);
            JsonPath at = JsonPath.ROOT.field("teachers").index(i, teacher.id());
            String id = errors.requireId(teacher.id(), at);
            ids.claim(id, at);
            Teacher.Kind kind = kind(teacher.kind(), at.field("kind"));
            var unavailable = times.patterns(teacher.unavailable(), at.field("unavailable"));
            var undesired = times.options(teacher.undesired(), at.field("undesired"));
            errors.run(at, () -> builder.addTeacher(id, teacher.name(), kind, unavailable, undesired,
                    Boolean.TRUE.equals(teacher.withdrawn())));
        }
    }

    private Teacher.Kind kind(String text, JsonPath at) {
        if (text == null) {
            return Teacher.Kind.INTERNAL;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "internal" -> Teacher.Kind.INTERNAL;
            case "external" -> Teacher.Kind.EXTERNAL;
            default -> throw errors.error(at, "must be \"internal\" or \"external\", got \"" + text + "\"");
        };
    }

    private void distributions(ProblemBuilder builder) {
        List<DistributionJson> distributions = orEmpty(json.distributions());
        for (int i = 0; i < distributions.size(); i++) {
            DistributionJson distribution = distributions.get(i);
            JsonPath at = JsonPath.ROOT.field("distributions").index(i);
            String typeText = errors.requireText(distribution.type(), at, "type");
            DistributionType.Parsed type = errors.at(at.field("type"), () -> DistributionType.parse(typeText));
            List<String> ids = errors.require(distribution.sections(), at, "sections");
            if (ids.isEmpty()) {
                throw errors.error(at.field("sections"), "must list at least one section");
            }
            List<Section> sections = sections(builder, ids, at.field("sections"));
            boolean required = Boolean.TRUE.equals(distribution.required());
            Integer penalty = distribution.penalty();
            if (required && penalty != null && penalty != 0) {
                throw errors.error(at.field("penalty"), "a required distribution has no penalty; leave out \"penalty\""
                        + " or set \"required\": false");
            }
            if (!required && penalty == null) {
                throw errors.error(at, "missing field \"penalty\" (a distribution that is not required needs a"
                        + " positive penalty)");
            }
            if (!required && penalty <= 0) {
                throw errors.error(at.field("penalty"), "must be positive for a distribution that is not required, got "
                        + penalty);
            }
            int cost = required ? 0 : penalty;
            errors.run(at, () -> builder.addDistribution(type.type(), type.parameters(), sections, required, cost));
        }
    }

    private void curricula(ProblemBuilder builder) {
        List<CurriculumJson> curricula = orEmpty(json.curricula());
        IdRegistry ids = new IdRegistry("curriculum", errors);
        for (int i = 0; i < curricula.size(); i++) {
            CurriculumJson curriculum = curricula.get(i);
            JsonPath at = JsonPath.ROOT.field("curricula").index(i, curriculum.id());
            String id = errors.requireId(curriculum.id(), at);
            ids.claim(id, at);
            List<String> sectionIds = errors.require(curriculum.sections(), at, "sections");
            List<Section> sections = sections(builder, sectionIds, at.field("sections"));
            errors.run(at, () -> builder.addCurriculum(id, sections));
        }
    }

    private void students(ProblemBuilder builder) {
        List<StudentJson> students = orEmpty(json.students());
        IdRegistry ids = new IdRegistry("student", errors);
        for (int i = 0; i < students.size(); i++) {
            StudentJson student = students.get(i);
            JsonPath at = JsonPath.ROOT.field("students").index(i, student.id());
            String id = errors.requireId(student.id(), at);
            ids.claim(id, at);
            List<String> courseIds = errors.require(student.courses(), at, "courses");
            List<Course> courses = new ArrayList<>();
            for (int c = 0; c < courseIds.size(); c++) {
                JsonPath courseAt = at.field("courses").index(c);
                String courseId = courseIds.get(c);
                Course course = errors.at(courseAt, () -> builder.course(courseId));
                if (courses.contains(course)) {
                    throw errors.error(courseAt, "course " + course.id() + " is listed twice");
                }
                courses.add(course);
            }
            List<Section> fixed = sections(builder, orEmpty(student.sections()), at.field("sections"));
            for (int s = 0; s < fixed.size(); s++) {
                Section section = fixed.get(s);
                if (!courses.contains(section.course())) {
                    throw errors.error(at.field("sections").index(s), "section " + section.id() + " belongs to course "
                            + section.course().id() + ", which the student does not take");
                }
            }
            errors.run(at, () -> builder.addStudent(id, student.group(), courses, fixed));
        }
    }

    /** Sections by id, each at most once. */
    private List<Section> sections(ProblemBuilder builder, List<String> ids, JsonPath at) {
        List<Section> sections = new ArrayList<>();
        Set<Section> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            JsonPath element = at.index(i);
            Section section = errors.at(element, () -> builder.section(id));
            if (!seen.add(section)) {
                throw errors.error(element, "section " + id + " is listed twice");
            }
            sections.add(section);
        }
        return sections;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
