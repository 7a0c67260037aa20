package org.skema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
import org.skema.model.Baseline;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
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
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * Hand-placed timetables for rule tests, written in a few lines:
 *
 * <pre>
 * ScenarioBuilder s = new ScenarioBuilder();
 * Room r1 = s.room("R1");
 * s.section("A").at(s.at(MON, h(8), 12)).in(r1);
 * s.section("B").at(s.at(MON, h(8), 6)).in(r1);
 * s.students(3, "A", "B");
 * Scenario scenario = s.build();
 * </pre>
 *
 * Each section's only allowed time and room are the ones it is placed at (so the placement is
 * always legal); a section left without a time or room gets a dummy option it does not use. Each
 * section is the only one of its own course (of the same id) unless placed in a shared course with
 * {@link SectionSpec#inCourse}, where it gets a subpart of its own; students request the courses of
 * exactly the sections they are enrolled in, so the sectioning rules hold when they take all of a
 * course's sections.
 * Times are in 5-minute slots: {@code h(8)} is 08:00.
 */
public final class ScenarioBuilder {
    public static final int MON = 0;
    public static final int TUE = 1;
    public static final int WED = 2;
    public static final int THU = 3;
    public static final int FRI = 4;

    /** Two weeks of five days, 5-minute slots. */
    public static final Calendar TWO_WEEKS = new Calendar(2, 5, 288);

    private final Calendar calendar;
    private final ProblemBuilder builder;
    private final Map<String, Integer> courseMinDays = new LinkedHashMap<>();
    private final Map<String, SectionSpec> sections = new LinkedHashMap<>();
    private final Map<String, List<String>> curricula = new LinkedHashMap<>();
    private final List<DistributionSpec> distributions = new ArrayList<>();
    private final List<StudentSpec> students = new ArrayList<>();
    private final List<PreviousSpec> previous = new ArrayList<>();
    private Room spareRoom;
    private Scenario built;

    public ScenarioBuilder() {
        this(TWO_WEEKS);
    }

    public ScenarioBuilder(Calendar calendar) {
        this.calendar = calendar;
        this.builder = new ProblemBuilder("scenario", calendar).weights(ObjectiveWeights.faculty());
    }

    // Times

    /** The slot of a full hour (5-minute slots). */
    public static int h(int hour) {
        return hour * 12;
    }

    /** One day, every week of the calendar. */
    public TimePattern at(int day, int start, int length) {
        return new TimePattern(calendar.allWeeks(), 1 << day, start, length);
    }

    /** Any days and weeks, as bit masks (see {@link #days} and {@link #weeks}). */
    public static TimePattern at(long weeks, int days, int start, int length) {
        return new TimePattern(weeks, days, start, length);
    }

    public static int days(int... days) {
        int mask = 0;
        for (int day : days) {
            mask |= 1 << day;
        }
        return mask;
    }

    /** Weeks counted from 0. */
    public static long weeks(int... weeks) {
        long mask = 0;
        for (int week : weeks) {
            mask |= 1L << week;
        }
        return mask;
    }

    /** Weeks {@code from} to {@code to}, both included, counted from 0. */
    public static long weekRange(int from, int to) {
        long mask = 0;
        for (int week = from; week <= to; week++) {
            mask |= 1L << week;
        }
        return mask;
    }

    // Problem elements

    public ScenarioBuilder weights(ObjectiveWeights weights) {
        builder.weights(weights);
        return this;
    }

    public Room room(String id) {
        return room(id, 1000);
    }

    public Room room(String id, int capacity, TimePattern... unavailable) {
        return builder.addRoom(id, null, capacity, "", Set.of(), List.of(unavailable));
    }

    public void travel(Room a, Room b, int slots) {
        builder.setTravel(a, b, slots);
    }

    public Teacher teacher(String id) {
        return teacher(id, List.of(), List.of());
    }

    public Teacher teacher(String id, List<TimePattern> unavailable, List<TimeOption> undesired) {
        return builder.addTeacher(id, null, Teacher.Kind.INTERNAL, unavailable, undesired);
    }

    /** A section that needs a room; place it with {@link SectionSpec#at} and {@link SectionSpec#in}. */
    public SectionSpec section(String id) {
        if (sections.containsKey(id)) {
            throw new IllegalArgumentException("section " + id + " declared twice");
        }
        SectionSpec spec = new SectionSpec(id);
        sections.put(id, spec);
        return spec;
    }

    /** A course (or the default course "C") whose sections should meet on at least {@code minDays} days. */
    public ScenarioBuilder course(String id, int minDays) {
        courseMinDays.put(id, minDays);
        return this;
    }

    /** A curriculum of the named sections. */
    public void curriculum(String id, String... sectionIds) {
        curricula.put(id, List.of(sectionIds));
    }

    /** {@code count} students, each attending exactly the named sections. */
    public void students(int count, String... sectionIds) {
        for (int i = 0; i < count; i++) {
            students.add(new StudentSpec(null, List.of(sectionIds)));
        }
    }

    /**
     * {@code count} students who request the courses named (each section's course has the
     * section's id) but attend the sections named, so that the sectioning rules can break.
     */
    public void studentsRequesting(int count, List<String> courseIds, String... sectionIds) {
        for (int i = 0; i < count; i++) {
            students.add(new StudentSpec(List.copyOf(courseIds), List.of(sectionIds)));
        }
    }

    /** A required distribution such as "MinGap(6)" over the named sections, in this order. */
    public void required(String type, String... sectionIds) {
        distributions.add(new DistributionSpec(type, true, 0, List.of(sectionIds)));
    }

    /** A soft distribution with a penalty over the named sections, in this order. */
    public void preferred(String type, int penalty, String... sectionIds) {
        distributions.add(new DistributionSpec(type, false, penalty, List.of(sectionIds)));
    }

    /**
     * Re-planning: the section was at {@code time} in {@code roomId} in the previous timetable
     * (either may be null; a room id of no room here is a room that is gone).
     */
    public ScenarioBuilder previously(String sectionId, TimePattern time, String roomId) {
        previous.add(new PreviousSpec(sectionId, time, roomId));
        return this;
    }

    public Scenario build() {
        if (built != null) {
            return built;
        }
        Map<String, Config> configs = new LinkedHashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        for (SectionSpec spec : sections.values()) {
            List<TimeOption> times = List.of(spec.time != null ? spec.time
                    : new TimeOption(new TimePattern(1, 1, 0, 1), 0));
            List<RoomOption> rooms = !spec.needsRoom ? List.of()
                    : List.of(spec.room != null ? spec.room : new RoomOption(spareRoom(), 0));
            String courseId = spec.course != null ? spec.course : spec.id;
            Config config = configs.computeIfAbsent(courseId,
                    id -> builder.addConfig(builder.addCourse(id, null, courseMinDays.getOrDefault(id, 0)), "1"));
            Subpart subpart = builder.addSubpart(config, spec.course != null ? "P-" + spec.id : "P", "Part");
            Section section = builder.addSection(subpart, spec.id, null, spec.limit, null, spec.teachers, spec.needsRoom,
                    Set.of(), times, rooms);
            assignments.add(new Assignment(section, spec.time, spec.room));
        }
        for (DistributionSpec spec : distributions) {
            DistributionType.Parsed parsed = DistributionType.parse(spec.type);
            builder.addDistribution(parsed.type(), parsed.parameters(),
                    spec.sectionIds.stream().map(builder::section).toList(), spec.required, spec.penalty);
        }
        curricula.forEach((id, sectionIds) -> builder.addCurriculum(id, sectionIds.stream().map(builder::section).toList()));
        List<List<Section>> enrolled = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            StudentSpec spec = students.get(i);
            List<Section> sections = spec.sectionIds.stream().map(builder::section).toList();
            List<Course> requested = spec.courseIds == null ? sections.stream().map(Section::course).distinct().toList()
                    : spec.courseIds.stream().map(builder::course).toList();
            builder.addStudent("S" + i, null, requested, List.of());
            enrolled.add(sections);
        }
        Problem problem = builder.build();
        if (!previous.isEmpty()) {
            Problem built = problem;
            problem = problem.withPrevious(Baseline.of(problem, previous.stream().map(spec -> new Baseline.Placement(
                    built.section(spec.sectionId), spec.time, spec.roomId,
                    spec.roomId == null ? null : built.room(spec.roomId))).toList(), List.of()));
        }
        Enrolments enrolments = Enrolments.of(enrolled);
        Solution solution = new Solution(problem, assignments, enrolments);
        built = new Scenario(problem, enrolments, solution, TimetableMapper.toTimetable(problem, enrolments, solution));
        return built;
    }

    private Room spareRoom() {
        if (spareRoom == null) {
            spareRoom = room("SPARE");
        }
        return spareRoom;
    }

    /** How one section is placed. Without {@code at} it has no time; without {@code in}, no room. */
    public static final class SectionSpec {
        private final String id;
        private final List<Teacher> teachers = new ArrayList<>();
        private String course;
        private int limit = 1000;
        private boolean needsRoom = true;
        private TimeOption time;
        private RoomOption room;

        private SectionSpec(String id) {
            this.id = id;
        }

        public SectionSpec at(TimePattern pattern) {
            return at(pattern, 0);
        }

        /** At a time whose option costs {@code penalty}. */
        public SectionSpec at(TimePattern pattern, int penalty) {
            time = new TimeOption(pattern, penalty);
            return this;
        }

        public SectionSpec in(Room chosen) {
            return in(chosen, 0);
        }

        /** In a room whose option costs {@code penalty}. */
        public SectionSpec in(Room chosen, int penalty) {
            if (!needsRoom) {
                throw new IllegalStateException("section " + id + " needs no room");
            }
            room = new RoomOption(chosen, penalty);
            return this;
        }

        /** The section needs no room at all. */
        public SectionSpec roomless() {
            if (room != null) {
                throw new IllegalStateException("section " + id + " already has a room");
            }
            needsRoom = false;
            return this;
        }

        /** The section belongs to this course (shared with the other sections named so) instead of its own. */
        public SectionSpec inCourse(String courseId) {
            course = courseId;
            return this;
        }

        /** At most this many students (1000 unless set); a problem without students expects this many. */
        public SectionSpec limit(int students) {
            limit = students;
            return this;
        }

        public SectionSpec taughtBy(Teacher... teachersOfSection) {
            teachers.addAll(List.of(teachersOfSection));
            return this;
        }
    }

    private record StudentSpec(List<String> courseIds, List<String> sectionIds) {
    }

    private record PreviousSpec(String sectionId, TimePattern time, String roomId) {
    }

    private record DistributionSpec(String type, boolean required, int penalty, List<String> sectionIds) {
    }

    /** A built scenario: the problem, who attends what, the placed solution and its planning timetable. */
    public record Scenario(Problem problem, Enrolments enrolments, Solution solution, Timetable timetable) {

        public Evaluation evaluate() {
            return new Evaluator().evaluate(solution);
        }
    }
}
