package org.skema.io.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.io.DefaultRooms;
import org.skema.io.TravelEntries;
import org.skema.io.json.dto.CalendarJson;
import org.skema.io.json.dto.ConfigJson;
import org.skema.io.json.dto.CourseJson;
import org.skema.io.json.dto.CurriculumJson;
import org.skema.io.json.dto.DistributionJson;
import org.skema.io.json.dto.ProblemJson;
import org.skema.io.json.dto.RoomJson;
import org.skema.io.json.dto.LockJson;
import org.skema.io.json.dto.RoomOptionJson;
import org.skema.io.json.dto.SectionJson;
import org.skema.io.json.dto.StudentJson;
import org.skema.io.json.dto.SubpartJson;
import org.skema.io.json.dto.TeacherJson;
import org.skema.io.json.dto.TimeJson;
import org.skema.io.json.dto.TimeOptionJson;
import org.skema.io.json.dto.TravelJson;
import org.skema.io.json.dto.WeightsJson;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Curriculum;
import org.skema.model.Distribution;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;

/**
 * Turns a {@link Problem} into the records of a "skema-problem" file. Defaults are left out to keep
 * files small: names equal to ids, all weeks, zero penalties, rooms that are exactly "every room
 * with the required features"; time lists that several sections share become named time sets.
 */
final class JsonProblemWriter {
    private final Problem problem;
    private final Calendar calendar;
    private final Map<List<TimeOption>, String> timeSetNames = new LinkedHashMap<>();

    private JsonProblemWriter(Problem problem) {
        this.problem = problem;
        this.calendar = problem.calendar();
    }

    static ProblemJson toJson(Problem problem) {
        return new JsonProblemWriter(problem).problem();
    }

    private ProblemJson problem() {
        Map<String, List<TimeOptionJson>> timeSets = timeSets();
        return new ProblemJson(JsonProblemReader.FORMAT, JsonDocument.VERSION, problem.name(),
                new CalendarJson(calendar.weeks(), calendar.daysPerWeek(), calendar.slotsPerDay()),
                weights(problem.weights()),
                timeSets.isEmpty() ? null : timeSets,
                problem.rooms().stream().map(this::room).toList(),
                nullIfEmpty(TravelEntries.of(problem).stream()
                        .map(e -> new TravelJson(e.from(), e.to(), e.minutes())).toList()),
                nullIfEmpty(problem.teachers().stream().map(this::teacher).toList()),
                problem.courses().stream().map(this::course).toList(),
                nullIfEmpty(problem.distributions().stream().map(JsonProblemWriter::distribution).toList()),
                nullIfEmpty(problem.curricula().stream().map(JsonProblemWriter::curriculum).toList()),
                nullIfEmpty(problem.students().stream().map(JsonProblemWriter::student).toList()),
                nullIfEmpty(problem.locks().stream().map(this::lock).toList()));
    }

    private LockJson lock(SectionLock lock) {
        TimeJson time = lock.locksTime() ? time(lock.time().pattern()) : null;
        return new LockJson(lock.section().id(), time == null ? null : time.days(), time == null ? null : time.start(),
                time == null ? null : time.end(), time == null ? null : time.weeks(),
                lock.locksRoom() ? lock.room().room().id() : null);
    }

    /** Names every time list that more than one section uses, in order of first use. */
    private Map<String, List<TimeOptionJson>> timeSets() {
        Map<List<TimeOption>, Integer> uses = new LinkedHashMap<>();
        for (Section section : problem.sections()) {
            uses.merge(section.times(), 1, Integer::sum);
        }
        Map<String, List<TimeOptionJson>> sets = new LinkedHashMap<>();
        uses.forEach((times, count) -> {
            if (count > 1) {
                String name = "set" + (sets.size() + 1);
                timeSetNames.put(times, name);
                sets.put(name, options(times));
            }
        });
        return sets;
    }

    private static WeightsJson weights(ObjectiveWeights w) {
        return new WeightsJson(w.time(), w.room(), w.distribution(), w.studentConflict(), w.studentGap(),
                w.teacherUndesired(), w.gapToleranceSlots(), w.roomCapacityIsHard(), w.roomOverflow(), w.minWorkingDays(),
                w.curriculumCompactness(), w.roomStability(), w.disruption());
    }

    private RoomJson room(Room room) {
        return new RoomJson(room.id(), nameUnlessId(room.name(), room.id()), room.capacity(),
                room.building().isEmpty() ? null : room.building(), sorted(room.features()),
                nullIfEmpty(room.unavailable().stream().map(this::time).toList()), room.withdrawn() ? true : null);
    }

    private TeacherJson teacher(Teacher teacher) {
        return new TeacherJson(teacher.id(), nameUnlessId(teacher.name(), teacher.id()),
                teacher.kind() == Teacher.Kind.EXTERNAL ? "external" : null,
                nullIfEmpty(teacher.unavailable().stream().map(this::time).toList()),
                nullIfEmpty(options(teacher.undesired())), teacher.withdrawn() ? true : null);
    }

    private CourseJson course(Course course) {
        List<ConfigJson> configs = new ArrayList<>();
        for (Config config : course.configs()) {
            List<SubpartJson> subparts = new ArrayList<>();
            for (Subpart subpart : config.subparts()) {
                subparts.add(new SubpartJson(subpart.id(), nameUnlessId(subpart.name(), subpart.id()),
                        subpart.sections().stream().map(this::section).toList()));
            }
            configs.add(new ConfigJson(config.id(), subparts));
        }
        return new CourseJson(course.id(), nameUnlessId(course.name(), course.id()), zeroAsNull(course.minDays()),
                configs);
    }

    private SectionJson section(Section section) {
        String timeSet = timeSetNames.get(section.times());
        return new SectionJson(section.id(), nameUnlessId(section.name(), section.id()), section.limit(),
                section.parent() == null ? null : section.parent().id(),
                nullIfEmpty(section.teachers().stream().map(Teacher::id).toList()),
                section.needsRoom() ? null : Boolean.FALSE,
                sorted(section.requiredFeatures()),
                timeSet,
                timeSet == null ? options(section.times()) : null,
                DefaultRooms.isDefault(problem, section) ? null : nullIfEmpty(section.rooms().stream()
                        .map(option -> new RoomOptionJson(option.room().id(), zeroAsNull(option.penalty()))).toList()));
    }

    private static DistributionJson distribution(Distribution distribution) {
        return new DistributionJson(distribution.typeText(), distribution.sections().stream().map(Section::id).toList(),
                distribution.required() ? Boolean.TRUE : null,
                distribution.required() ? null : distribution.penalty());
    }

    private static CurriculumJson curriculum(Curriculum curriculum) {
        return new CurriculumJson(curriculum.id(), curriculum.sections().stream().map(Section::id).toList());
    }

    private static StudentJson student(Student student) {
        return new StudentJson(student.id(), student.group().isEmpty() ? null : student.group(),
                student.courses().stream().map(Course::id).toList(),
                nullIfEmpty(student.fixedSections().stream().map(Section::id).toList()));
    }

    private List<TimeOptionJson> options(List<TimeOption> options) {
        return options.stream().map(option -> {
            TimeJson time = time(option.pattern());
            return new TimeOptionJson(time.days(), time.start(), time.end(), null, time.weeks(),
                    zeroAsNull(option.penalty()));
        }).toList();
    }

    private TimeJson time(TimePattern time) {
        return new TimeJson(TimeText.days(time.days()), TimeText.clock(time.start(), calendar),
                TimeText.clock(time.end(), calendar), null,
                time.weeks() == calendar.allWeeks() ? null : TimeText.weeks(time.weeks()));
    }

    private static String nameUnlessId(String name, String id) {
        return name.equals(id) ? null : name;
    }

    private static List<String> sorted(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    private static Integer zeroAsNull(int value) {
        return value == 0 ? null : value;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
