package org.skema.io.itc2007;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.skema.io.InputException;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.ModelException;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/**
 * Reads an ITC 2007 track 3 problem (.ctt) as a stream of tokens, checking every header key,
 * section marker and count. Each course becomes a course with one config and one subpart holding
 * one section per lecture; lectures are alike, so their sections have the same options: every
 * period the course is available in (see {@link CttPeriods}) and every room at no cost. The
 * course's head count is the sections' limit (the problem has no students), its teacher teaches
 * them all, so two lectures of a course never share a period, and its curricula list all of them.
 * The weights are UD2's, so the soft score is the official objective.
 */
public final class Itc2007ProblemReader {
    /** Section markers, in file order. */
    private static final List<String> MARKERS = List.of("COURSES:", "ROOMS:", "CURRICULA:",
            "UNAVAILABILITY_CONSTRAINTS:", "END.");
    private static final int MAX_COUNT = 1_000_000;
    private static final int MAX_LECTURES = 10_000;

    private record CourseLine(String id, String teacher, int lectures, int minDays, int students, int line) {
    }

    private record CurriculumLine(String id, List<String> courses, int line) {
    }

    private final CttTokens tokens;
    private final Map<String, CourseLine> courses = new LinkedHashMap<>();
    private final List<CurriculumLine> curricula = new ArrayList<>();
    private final Map<String, boolean[]> unavailable = new LinkedHashMap<>();
    private ProblemBuilder builder;
    private int days;
    private int periods;

    private Itc2007ProblemReader(CttTokens tokens) {
        this.tokens = tokens;
    }

    /** @throws InputException naming file, line and entry when the file is missing or malformed */
    public static Problem read(Path path) {
        return new Itc2007ProblemReader(CttTokens.open(path)).read();
    }

    private Problem read() {
        tokens.expect("header", "Name:");
        String name = tokens.next("Name:", "the instance name");
        int courseCount = header("Courses:", 0, MAX_COUNT);
        int roomCount = header("Rooms:", 0, MAX_COUNT);
        days = header("Days:", 1, Calendar.MAX_DAYS);
        periods = header("Periods_per_day:", 1, CttPeriods.MAX_PER_DAY);
        int curriculumCount = header("Curricula:", 0, MAX_COUNT);
        int constraintCount = header("Constraints:", 0, MAX_COUNT);
        builder = new ProblemBuilder(name, new Calendar(1, days, CttPeriods.SLOTS_PER_DAY))
                .weights(ObjectiveWeights.itc2007());

        tokens.expect("header", "COURSES:");
        for (int i = 0; i < courseCount; i++) {
            readCourse(entry("COURSES", courseCount, "course", i));
        }
        endOfSection("COURSES", courseCount, "course", "ROOMS:");
        for (int i = 0; i < roomCount; i++) {
            readRoom(entry("ROOMS", roomCount, "room", i));
        }
        endOfSection("ROOMS", roomCount, "room", "CURRICULA:");
        for (int i = 0; i < curriculumCount; i++) {
            readCurriculum(entry("CURRICULA", curriculumCount, "curriculum", i));
        }
        endOfSection("CURRICULA", curriculumCount, "curriculum", "UNAVAILABILITY_CONSTRAINTS:");
        for (int i = 0; i < constraintCount; i++) {
            readUnavailability(entry("UNAVAILABILITY_CONSTRAINTS", constraintCount, "unavailability", i));
        }
        endOfSection("UNAVAILABILITY_CONSTRAINTS", constraintCount, "unavailability", "END.");
        String extra = tokens.nextOrNull();
        if (extra != null) {
            throw tokens.error(null, "unexpected \"" + CttTokens.shorten(extra) + "\" after END.");
        }
        return build();
    }

    /** A header line: its key, which must be exactly {@code key}, and its number. */
    private int header(String key, int min, int max) {
        tokens.expect("header", key);
        return tokens.nextInt(key.substring(0, key.length() - 1), "the value", min, max);
    }

    /**
     * The first token of entry {@code i} of a section. A section marker there means the header
     * announced more entries than the section has.
     */
    private String entry(String section, int count, String what, int i) {
        String token = tokens.next(section, what + " line " + (i + 1) + " of " + count);
        if (MARKERS.contains(token)) {
            throw tokens.error(section, "the header announces " + count + " " + what + " line(s) but " + token
                    + " follows after " + i);
        }
        return token;
    }

    /** The marker after a section's entries; anything else means the section has more entries than announced. */
    private void endOfSection(String section, int count, String what, String marker) {
        String token = tokens.next(section, "\"" + marker + "\"");
        if (!token.equals(marker)) {
            throw tokens.error(section, "expected \"" + marker + "\" after " + count + " " + what
                    + " line(s), as the header announces, got \"" + CttTokens.shorten(token) + "\"");
        }
    }

    private void readCourse(String id) {
        int line = tokens.line();
        String field = "course " + id;
        String teacher = tokens.next(field, "the teacher");
        int lectures = tokens.nextInt(field, "the number of lectures", 0, MAX_LECTURES);
        int minDays = tokens.nextInt(field, "the minimum number of working days", 0, MAX_COUNT);
        int students = tokens.nextInt(field, "the number of students", 0, MAX_COUNT);
        if (courses.containsKey(id)) {
            throw new InputException(tokens.file(), line, field, "duplicate course id '" + id + "'");
        }
        courses.put(id, new CourseLine(id, teacher, lectures, minDays, students, line));
    }

    private void readRoom(String id) {
        int line = tokens.line();
        int capacity = tokens.nextInt("room " + id, "the capacity", 0, MAX_COUNT);
        model(line, "room " + id, () -> builder.addRoom(id, null, capacity, "", Set.of(), List.of()));
    }

    private void readCurriculum(String id) {
        int line = tokens.line();
        String field = "curriculum " + id;
        int size = tokens.nextInt(field, "the number of courses", 0, MAX_COUNT);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String course = tokens.next(field, "course " + (i + 1) + " of " + size);
            if (!courses.containsKey(course)) {
                throw tokens.error(field, (MARKERS.contains(course) ? "lists fewer than its " + size + " courses"
                        : "unknown course '" + CttTokens.shorten(course) + "'"));
            }
            if (members.contains(course)) {
                throw tokens.error(field, "course " + course + " is listed twice");
            }
            members.add(course);
        }
        curricula.add(new CurriculumLine(id, members, line));
    }

    private void readUnavailability(String course) {
        String field = "unavailability of " + course;
        if (!courses.containsKey(course)) {
            throw tokens.error(field, "unknown course '" + CttTokens.shorten(course) + "'");
        }
        int day = tokens.nextInt(field, "the day", 0, days - 1);
        int period = tokens.nextInt(field, "the period", 0, periods - 1);
        unavailable.computeIfAbsent(course, c -> new boolean[days * periods])[day * periods + period] = true;
    }

    private Problem build() {
        List<RoomOption> rooms = builder.rooms().stream().map(room -> new RoomOption(room, 0)).toList();
        Map<String, Teacher> teachers = new LinkedHashMap<>();
        Map<String, List<Section>> sections = new LinkedHashMap<>();
        for (CourseLine line : courses.values()) {
            String field = "course " + line.id();
            List<TimeOption> times = availableTimes(line.id());
            if (line.lectures() > 0 && times.isEmpty()) {
                throw new InputException(tokens.file(), line.line(), field, "is unavailable in every period, so its "
                        + line.lectures() + " lecture(s) cannot be placed");
            }
            if (line.lectures() > 0 && rooms.isEmpty()) {
                throw new InputException(tokens.file(), line.line(), field, "has lectures but the problem has no rooms");
            }
            Teacher teacher = teachers.computeIfAbsent(line.teacher(), t -> model(line.line(), field,
                    () -> builder.addTeacher(t, null, Teacher.Kind.INTERNAL, List.of(), List.of())));
            sections.put(line.id(), model(line.line(), field, () -> lectures(line, teacher, times, rooms)));
        }
        for (CurriculumLine line : curricula) {
            List<Section> members = new ArrayList<>();
            line.courses().forEach(course -> members.addAll(sections.get(course)));
            model(line.line(), "curriculum " + line.id(), () -> builder.addCurriculum(line.id(), members));
        }
        return model(0, null, builder::build);
    }

    private List<TimeOption> availableTimes(String course) {
        boolean[] closed = unavailable.get(course);
        List<TimeOption> times = new ArrayList<>(days * periods);
        for (int day = 0; day < days; day++) {
            for (int period = 0; period < periods; period++) {
                if (closed == null || !closed[day * periods + period]) {
                    times.add(new TimeOption(CttPeriods.pattern(day, period), 0));
                }
            }
        }
        return times;
    }

    private List<Section> lectures(CourseLine line, Teacher teacher, List<TimeOption> times, List<RoomOption> rooms) {
        Course course = builder.addCourse(line.id(), null, line.minDays());
        Config config = builder.addConfig(course, "1");
        Subpart subpart = builder.addSubpart(config, "L", "Lecture");
        List<Section> lectures = new ArrayList<>(line.lectures());
        for (int k = 1; k <= line.lectures(); k++) {
            lectures.add(builder.addSection(subpart, sectionId(line.id(), k), null, line.students(), null,
                    List.of(teacher), true, Set.of(), times, rooms));
        }
        return lectures;
    }

    /** Lecture k (from 1) of a course: "c0001-L3". Unique, since the text after the last "-L" is a number. */
    static String sectionId(String course, int k) {
        return course + "-L" + k;
    }

    private <T> T model(int line, String field, Supplier<T> step) {
        try {
            return step.get();
        } catch (ModelException e) {
            throw new InputException(tokens.file(), line, field, e.getMessage());
        }
    }
}
