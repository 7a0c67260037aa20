package org.skema.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.skema.model.Assignment;
import org.skema.model.Attendance;
import org.skema.model.Baseline;
import org.skema.model.Calendar;
import org.skema.model.Course;
import org.skema.model.Curriculum;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.IsolatedSections;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectioningRules;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.StudentGaps;
import org.skema.model.Teacher;
import org.skema.model.TimePattern;
import org.skema.model.TimeText;
import org.skema.model.TravelTimes;

/**
 * Scores a solution from the model alone, without Timefold, and lists every violation with the
 * sections, people and rooms involved. It is the source of truth for check, explain, reports and
 * benchmarks; a test proves that Timefold's incremental score agrees with it rule by rule.
 * <p>
 * Rules see only sections with a time; room rules also need a room. A section without a time, or
 * without a room although it needs one, is an unplaced section.
 */
public final class Evaluator {

    public Evaluation evaluate(Solution solution) {
        Problem problem = solution.problem();
        List<Violation> violations = new ArrayList<>();
        Context context = new Context(solution);
        roomConflicts(context, violations);
        teacherConflicts(context, violations);
        roomRules(context, violations);
        teacherUnavailable(context, violations);
        distributions(context, violations);
        sectioning(context, violations);
        unplaced(context, violations);
        studentConflicts(context, violations);
        studentGaps(context, violations);
        teacherUndesired(context, violations);
        optionPenalties(context, violations);
        curriculumConflicts(context, violations);
        roomCapacityOverflow(context, violations);
        minWorkingDays(context, violations);
        curriculumCompactness(context, violations);
        roomStability(context, violations);
        movedSections(context, violations);
        // A rule weighted zero is switched off (as in Timefold): it neither scores nor shows up.
        violations.removeIf(v -> v.rule().weight(problem.weights()) == 0);
        return new Evaluation(solution, violations);
    }

    /** The solution with lookups the rules share. */
    private record Context(Solution solution, Problem problem, Calendar calendar, TravelTimes travel, int[] attendance) {
        Context(Solution solution) {
            this(solution, solution.problem(), solution.problem().calendar(), solution.problem().travel(),
                    attendance(solution));
        }

        private static int[] attendance(Solution solution) {
            return Attendance.expectedSizes(solution.problem(), solution.enrolments());
        }

        Assignment of(Section section) {
            return solution.assignment(section);
        }

        TimePattern time(Section section) {
            return of(section).time().pattern();
        }

        boolean hasTime(Section section) {
            return of(section).hasTime();
        }

        Room room(Section section) {
            return of(section).roomOrNull();
        }

        String when(Section section) {
            return TimeText.pattern(time(section), calendar);
        }

        String describe(Section section) {
            Room room = room(section);
            return section.id() + " (" + when(section) + (room == null ? "" : ", " + room.id()) + ")";
        }
    }

    private static void roomConflicts(Context c, List<Violation> out) {
        Map<Room, List<Section>> byRoom = new LinkedHashMap<>();
        for (Assignment assignment : c.solution().assignments()) {
            if (assignment.hasTime() && assignment.room() != null) {
                byRoom.computeIfAbsent(assignment.roomOrNull(), r -> new ArrayList<>()).add(assignment.section());
            }
        }
        byRoom.forEach((room, sections) -> forEachPair(sections, (a, b) -> {
            if (c.time(a).overlaps(c.time(b))) {
                out.add(new Violation(Rule.ROOM_CONFLICT, 1, List.of(a, b), List.of(), List.of(room),
                        "room " + room.id() + " holds " + c.describe(a) + " and " + c.describe(b) + " at once"));
            }
        }));
    }

    private static void teacherConflicts(Context c, List<Violation> out) {
        Map<Teacher, List<Section>> byTeacher = new LinkedHashMap<>();
        for (Section section : c.problem().sections()) {
            if (c.hasTime(section)) {
                section.teachers().forEach(t -> byTeacher.computeIfAbsent(t, k -> new ArrayList<>()).add(section));
            }
        }
        byTeacher.forEach((teacher, sections) -> forEachPair(sections, (a, b) -> {
            if (!DistributionType.canAttendBoth(c.time(a), c.room(a), c.time(b), c.room(b), c.travel())) {
                out.add(new Violation(Rule.TEACHER_CONFLICT, 1, List.of(a, b), List.of(teacher.id()), rooms(c, a, b),
                        "teacher " + teacher.id() + " cannot teach both " + c.describe(a) + " and " + c.describe(b)));
            }
        }));
    }

    private static void roomRules(Context c, List<Violation> out) {
        for (Assignment assignment : c.solution().assignments()) {
            Section section = assignment.section();
            Room room = assignment.roomOrNull();
            // Like every rule: a section counts once it has a time; room rules also need the room.
            if (room == null || !assignment.hasTime()) {
                continue;
            }
            if (room.isUnavailableAt(c.time(section))) {
                out.add(new Violation(Rule.ROOM_UNAVAILABLE, 1, List.of(section), List.of(), List.of(room),
                        "room " + room.id() + " is unavailable for " + c.describe(section)));
            }
            int students = c.attendance()[section.index()];
            if (room.capacity() < students) {
                out.add(new Violation(Rule.ROOM_CAPACITY, 1, List.of(section), List.of(), List.of(room),
                        "room " + room.id() + " seats " + room.capacity() + " but section " + section.id() + " has "
                                + students + " students"));
            }
        }
    }

    private static void teacherUnavailable(Context c, List<Violation> out) {
        for (Section section : c.problem().sections()) {
            if (!c.hasTime(section)) {
                continue;
            }
            for (Teacher teacher : section.teachers()) {
                if (teacher.isUnavailableAt(c.time(section))) {
                    out.add(new Violation(Rule.TEACHER_UNAVAILABLE, 1, List.of(section), List.of(teacher.id()),
                            List.of(), "teacher " + teacher.id() + " is unavailable for " + c.describe(section)));
                }
            }
        }
    }

    private static void distributions(Context c, List<Violation> out) {
        for (Distribution distribution : c.problem().distributions()) {
            List<Section> timed = distribution.sections().stream().filter(c::hasTime).toList();
            String rule = (distribution.required() ? "required " : "") + distribution.typeText();
            if (distribution.type().isPairwise()) {
                Rule kind = distribution.required() ? Rule.REQUIRED_DISTRIBUTION_PAIR : Rule.PREFERRED_DISTRIBUTION_PAIR;
                forEachPair(timed, (a, b) -> {
                    if (!distribution.pairSatisfied(c.time(a), c.room(a), c.time(b), c.room(b), c.travel())) {
                        long units = distribution.required() ? 1 : distribution.penalty();
                        out.add(new Violation(kind, units, List.of(a, b), List.of(), rooms(c, a, b),
                                rule + " is broken by " + c.describe(a) + " and " + c.describe(b)));
                    }
                });
            } else {
                int units = distribution.groupViolation(timed.stream().map(c::time).toList(), c.calendar());
                long penalty = distribution.required() ? units : distribution.softPenalty(units, c.calendar());
                if (penalty > 0) {
                    Rule kind = distribution.required() ? Rule.REQUIRED_DISTRIBUTION_GROUP : Rule.PREFERRED_DISTRIBUTION_GROUP;
                    out.add(new Violation(kind, penalty, timed, List.of(), List.of(),
                            rule + " over " + timed.size() + " sections is exceeded by " + units + " unit(s)"));
                }
            }
        }
    }

    private static void sectioning(Context c, List<Violation> out) {
        for (SectioningRules.Flaw flaw : SectioningRules.flaws(c.problem(), c.solution().enrolments())) {
            out.add(new Violation(flaw.rule(), flaw.units(), flaw.sections(),
                    flaw.students().stream().map(Student::id).toList(), List.of(), flaw.message()));
        }
    }

    private static void unplaced(Context c, List<Violation> out) {
        for (Assignment assignment : c.solution().assignments()) {
            if (!assignment.isPlaced()) {
                Section section = assignment.section();
                String missing = assignment.hasTime() ? "no room" : "no time";
                out.add(new Violation(Rule.UNPLACED_SECTION, assignment.missingDecisions(), List.of(section),
                        section.teachers().stream().map(Teacher::id).toList(), List.of(),
                        "section " + section.id() + " is unplaced: " + missing));
            }
        }
    }

    private static void studentConflicts(Context c, List<Violation> out) {
        Map<List<Section>, List<String>> studentsByPair = new LinkedHashMap<>();
        for (Student student : c.problem().students()) {
            if (c.solution().enrolment(student).size() < 2) {
                continue; // cheap skip: explain evaluates solutions where most students are left out
            }
            List<Section> timed = c.solution().enrolment(student).stream().filter(c::hasTime).toList();
            forEachPair(timed, (a, b) -> {
                if (!DistributionType.canAttendBoth(c.time(a), c.room(a), c.time(b), c.room(b), c.travel())) {
                    studentsByPair.computeIfAbsent(List.of(a, b), k -> new ArrayList<>()).add(student.id());
                }
            });
        }
        studentsByPair.forEach((pair, students) -> out.add(new Violation(Rule.STUDENT_CONFLICT, students.size(), pair,
                students, rooms(c, pair.get(0), pair.get(1)), students.size() + " student(s) cannot attend both "
                        + c.describe(pair.get(0)) + " and " + c.describe(pair.get(1)))));
    }

    private static void studentGaps(Context c, List<Violation> out) {
        int tolerance = c.problem().weights().gapToleranceSlots();
        Map<List<Section>, List<String>> studentsByTimetable = new HashMap<>();
        for (Student student : c.problem().students()) {
            if (c.solution().enrolment(student).size() < 2) {
                continue; // fewer than two classes leave no gap
            }
            List<Section> timed = c.solution().enrolment(student).stream().filter(c::hasTime).toList();
            studentsByTimetable.computeIfAbsent(timed, k -> new ArrayList<>()).add(student.id());
        }
        studentsByTimetable.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getValue().get(0)))
                .forEach(entry -> {
                    int slots = StudentGaps.gapSlots(entry.getKey().stream().map(c::time).toList(), c.calendar(), tolerance);
                    if (slots > 0) {
                        List<String> students = entry.getValue();
                        out.add(new Violation(Rule.STUDENT_GAP, (long) slots * students.size(), entry.getKey(), students,
                                List.of(), students.size() + " student(s) (" + students.get(0) + (students.size() > 1 ? ", ..." : "")
                                        + ") wait " + slots * c.calendar().minutesPerSlot() + " minutes between classes over the semester"));
                    }
                });
    }

    private static void teacherUndesired(Context c, List<Violation> out) {
        for (Section section : c.problem().sections()) {
            if (!c.hasTime(section)) {
                continue;
            }
            for (Teacher teacher : section.teachers()) {
                int penalty = teacher.undesiredPenalty(c.time(section));
                if (penalty > 0) {
                    out.add(new Violation(Rule.TEACHER_UNDESIRED_TIME, penalty, List.of(section), List.of(teacher.id()),
                            List.of(), "teacher " + teacher.id() + " would rather not teach " + c.describe(section)));
                }
            }
        }
    }

    private static void optionPenalties(Context c, List<Violation> out) {
        for (Assignment assignment : c.solution().assignments()) {
            Section section = assignment.section();
            if (assignment.hasTime() && assignment.time().penalty() > 0) {
                out.add(new Violation(Rule.TIME_PENALTY, assignment.time().penalty(), List.of(section), List.of(),
                        List.of(), "time of " + c.describe(section) + " costs " + assignment.time().penalty()));
            }
            if (assignment.hasTime() && assignment.room() != null && assignment.room().penalty() > 0) {
                out.add(new Violation(Rule.ROOM_PENALTY, assignment.room().penalty(), List.of(section), List.of(),
                        List.of(assignment.roomOrNull()), "room " + assignment.roomOrNull().id() + " for section "
                                + section.id() + " costs " + assignment.room().penalty()));
            }
        }
    }

    // Curriculum-based rules (ITC 2007 track 3 and its generalisation).

    /** One violation per overlapping pair, naming every curriculum the two share. */
    private static void curriculumConflicts(Context c, List<Violation> out) {
        Map<List<Section>, List<String>> curriculaByPair = new LinkedHashMap<>();
        for (Curriculum curriculum : c.problem().curricula()) {
            List<Section> timed = curriculum.sections().stream().filter(c::hasTime)
                    .sorted(Comparator.comparingInt(Section::index)).toList();
            forEachPair(timed, (a, b) -> {
                if (c.time(a).overlaps(c.time(b))) {
                    curriculaByPair.computeIfAbsent(List.of(a, b), k -> new ArrayList<>()).add(curriculum.id());
                }
            });
        }
        curriculaByPair.forEach((pair, curricula) -> out.add(new Violation(Rule.CURRICULUM_CONFLICT, 1, pair,
                List.of(), rooms(c, pair.get(0), pair.get(1)), c.describe(pair.get(0)) + " and " + c.describe(pair.get(1))
                        + " overlap but share curriculum " + String.join(", ", curricula))));
    }

    private static void roomCapacityOverflow(Context c, List<Violation> out) {
        for (Assignment assignment : c.solution().assignments()) {
            Room room = assignment.roomOrNull();
            if (!assignment.hasTime() || room == null) {
                continue;
            }
            int size = c.attendance()[assignment.section().index()];
            int overflow = room.overflow(size);
            if (overflow > 0) {
                out.add(new Violation(Rule.ROOM_CAPACITY_OVERFLOW, overflow, List.of(assignment.section()), List.of(),
                        List.of(room), c.describe(assignment.section()) + " expects " + size + " students but room "
                                + room.id() + " seats " + room.capacity()));
            }
        }
    }

    private static void minWorkingDays(Context c, List<Violation> out) {
        Map<Course, List<Section>> byCourse = new LinkedHashMap<>();
        c.problem().courses().stream().filter(course -> course.minDays() > 0)
                .forEach(course -> byCourse.put(course, new ArrayList<>()));
        for (Section section : c.problem().sections()) {
            List<Section> timed = byCourse.get(section.course());
            if (timed != null && c.hasTime(section)) {
                timed.add(section);
            }
        }
        byCourse.forEach((course, timed) -> {
            int days = 0;
            for (Section section : timed) {
                days |= c.time(section).days();
            }
            int missing = course.missingDays(days);
            if (missing > 0) {
                out.add(new Violation(Rule.MIN_WORKING_DAYS, missing, timed, List.of(), List.of(), "course "
                        + course.id() + " meets on " + Integer.bitCount(days) + " day(s), fewer than its "
                        + course.minDays()));
            }
        });
    }

    /** One violation per curriculum, section and day on which the section stands alone. */
    private static void curriculumCompactness(Context c, List<Violation> out) {
        int tolerance = c.problem().weights().gapToleranceSlots();
        for (Curriculum curriculum : c.problem().curricula()) {
            List<Section> timed = curriculum.sections().stream().filter(c::hasTime).toList();
            int[] isolated = IsolatedSections.isolatedDays(timed.stream().map(c::time).toList(), tolerance);
            for (int i = 0; i < timed.size(); i++) {
                for (int day = 0; day < c.calendar().daysPerWeek(); day++) {
                    if ((isolated[i] & (1 << day)) != 0) {
                        out.add(new Violation(Rule.CURRICULUM_COMPACTNESS, 1, List.of(timed.get(i)), List.of(),
                                List.of(), c.describe(timed.get(i)) + " has no other section of curriculum "
                                        + curriculum.id() + " next to it on " + TimeText.days(1 << day)));
                    }
                }
            }
        }
    }

    private static void roomStability(Context c, List<Violation> out) {
        Map<Course, Set<Room>> roomsByCourse = new LinkedHashMap<>();
        Map<Course, List<Section>> sectionsByCourse = new HashMap<>();
        for (Assignment assignment : c.solution().assignments()) {
            if (assignment.hasTime() && assignment.room() != null) {
                Course course = assignment.section().course();
                roomsByCourse.computeIfAbsent(course, k -> new TreeSet<>(Comparator.comparingInt(Room::index)))
                        .add(assignment.roomOrNull());
                sectionsByCourse.computeIfAbsent(course, k -> new ArrayList<>()).add(assignment.section());
            }
        }
        roomsByCourse.forEach((course, rooms) -> {
            if (rooms.size() > 1) {
                out.add(new Violation(Rule.ROOM_STABILITY, rooms.size() - 1, sectionsByCourse.get(course), List.of(),
                        List.copyOf(rooms), "course " + course.id() + " uses " + rooms.size() + " rooms: "
                                + rooms.stream().map(Room::id).collect(Collectors.joining(", "))));
            }
        });
    }

    /** Re-planning: every section that left its place in the previous timetable, with its students and teachers. */
    private static void movedSections(Context c, List<Violation> out) {
        Baseline previous = c.problem().previous();
        if (previous == null) {
            return;
        }
        List<List<String>> studentsOf = null;
        for (Baseline.Placement before : previous.placements()) {
            Section section = before.section();
            Assignment now = c.of(section);
            if (!Baseline.moved(before, now.hasTime() ? now.time().pattern() : null, now.roomOrNull())) {
                continue;
            }
            if (studentsOf == null) {
                studentsOf = studentsBySection(c);
            }
            List<String> people = new ArrayList<>(section.teachers().stream().map(Teacher::id).toList());
            people.addAll(studentsOf.get(section.index()));
            String from = TimeText.pattern(before.time(), c.calendar()) + (before.roomId() == null ? "" : ", "
                    + before.roomId());
            String to = now.hasTime() ? c.when(section) + (now.roomOrNull() == null ? "" : ", " + now.roomOrNull().id())
                    : "nowhere (unplaced)";
            out.add(new Violation(Rule.MOVED_SECTION, Baseline.units(section, c.attendance()[section.index()]),
                    List.of(section), people, now.roomOrNull() == null ? List.of() : List.of(now.roomOrNull()),
                    "section " + section.id() + " moved from " + from + " to " + to));
        }
    }

    private static List<List<String>> studentsBySection(Context c) {
        List<List<String>> students = new ArrayList<>();
        c.problem().sections().forEach(section -> students.add(new ArrayList<>()));
        for (Student student : c.problem().students()) {
            c.solution().enrolment(student).forEach(section -> students.get(section.index()).add(student.id()));
        }
        return students;
    }

    private static List<Room> rooms(Context c, Section a, Section b) {
        List<Room> rooms = new ArrayList<>(2);
        if (c.room(a) != null) {
            rooms.add(c.room(a));
        }
        if (c.room(b) != null && c.room(b) != c.room(a)) {
            rooms.add(c.room(b));
        }
        return rooms;
    }

    private interface PairAction {
        void accept(Section a, Section b);
    }

    private static void forEachPair(List<Section> sections, PairAction action) {
        for (int i = 0; i < sections.size(); i++) {
            for (int j = i + 1; j < sections.size(); j++) {
                action.accept(sections.get(i), sections.get(j));
            }
        }
    }
}
