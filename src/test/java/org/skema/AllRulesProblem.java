package org.skema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.skema.model.Assignment;
import org.skema.model.Baseline;
import org.skema.model.Calendar;
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

/**
 * A small random problem, fixed by its seed, in which every rule can be broken: all 19
 * distribution types both required and soft, closed rooms, rooms smaller than their classes,
 * travel between rooms, unavailable and undesired teacher times, room-less sections, time and
 * room penalties, students who share sections (so they clash and wait), curricula (which clash
 * and leave sections isolated) and courses that ask for a minimum number of days. Four weeks of five
 * days; times come from a small pool so that random placements collide often.
 */
public final class AllRulesProblem {
    public static final Calendar CALENDAR = new Calendar(4, 5, 288);

    private static final int[] DAY_SETS = {0b00001, 0b00010, 0b00100, 0b01000, 0b10000, 0b00101, 0b01010};
    private static final int[] STARTS = {8 * 12, 9 * 12, 10 * 12 + 6, 13 * 12, 14 * 12};
    private static final int[] LENGTHS = {12, 18, 24};
    private static final long[] WEEK_SETS = {0b1111, 0b0011, 0b1100, 0b0101, 0b0010};
    /** Enough for a valid sectioning of the 36 students; random enrolments go over it now and then. */
    private static final int EXERCISE_LIMIT = 12;

    private AllRulesProblem() {
    }

    public static Problem generate(long seed, ObjectiveWeights weights) {
        Random random = new Random(seed);
        ProblemBuilder b = new ProblemBuilder("all-rules-" + seed, CALENDAR).weights(weights);
        List<Room> rooms = List.of(
                b.addRoom("BIG", null, 60, "North", Set.of(), List.of()),
                b.addRoom("MID", null, 20, "North", Set.of(), List.of(at(0b1111, 0b00001, 8 * 12, 48))),
                b.addRoom("SMALL", null, 8, "North", Set.of(), List.of()),
                b.addRoom("LAB", null, 12, "South", Set.of(), List.of(at(0b0011, 0b10000, 0, 288))),
                b.addRoom("FAR", null, 40, "East", Set.of(), List.of(at(0b0100, 0b00110, 9 * 12, 24))));
        b.setTravel(rooms.get(0), rooms.get(3), 4);
        b.setTravel(rooms.get(1), rooms.get(3), 3);
        b.setTravel(rooms.get(0), rooms.get(4), 8);
        b.setTravel(rooms.get(3), rooms.get(4), 6);
        List<Teacher> teachers = List.of(
                b.addTeacher("T0", null, Teacher.Kind.INTERNAL, List.of(at(0b1111, 0b00010, 8 * 12, 48)), List.of()),
                b.addTeacher("T1", null, Teacher.Kind.INTERNAL, List.of(),
                        List.of(new TimeOption(at(0b1111, 0b00001, 8 * 12, 24), 3),
                                new TimeOption(at(0b1111, 0b10000, 12 * 12, 60), 2))),
                b.addTeacher("T2", null, Teacher.Kind.EXTERNAL, List.of(at(0b1100, 0b00100, 0, 288)),
                        List.of(new TimeOption(at(0b0011, 0b01000, 9 * 12, 36), 4))),
                b.addTeacher("T3", null, Teacher.Kind.INTERNAL, List.of(), List.of()));

        List<Section> sections = new ArrayList<>();
        List<Course> courses = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            Course course = b.addCourse("C" + c, null, c % 3);
            courses.add(course);
            var config = b.addConfig(course, "1");
            Subpart lectures = b.addSubpart(config, "L", "Lecture");
            Subpart labs = b.addSubpart(config, "E", "Exercise");
            Section lecture = addSection(b, random, lectures, "C" + c + "-L", 100, null, teachers, rooms);
            sections.add(lecture);
            int labCount = 2 + random.nextInt(2);
            for (int e = 0; e < labCount; e++) {
                sections.add(addSection(b, random, labs, "C" + c + "-E" + e, EXERCISE_LIMIT, lecture.id(), teachers,
                        rooms));
            }
        }

        for (DistributionType type : DistributionType.values()) {
            int[] parameters = parameters(type);
            b.addDistribution(type, parameters, pick(random, sections, 2 + random.nextInt(3)), true, 0);
            int penalty = type.isPairwise() ? 1 + random.nextInt(6) : 4 + random.nextInt(9);
            b.addDistribution(type, parameters, pick(random, sections, 2 + random.nextInt(3)), false, penalty);
        }

        for (int s = 0; s < 36; s++) {
            int first = random.nextInt(courses.size());
            int second = (first + 1 + random.nextInt(courses.size() - 1)) % courses.size();
            b.addStudent("S" + s, null, List.of(courses.get(first), courses.get(second)), List.of());
        }
        // Drawn last, so that everything above stays as it was before curricula existed.
        for (int q = 0; q < 3; q++) {
            b.addCurriculum("Q" + q, pick(random, sections, 3 + random.nextInt(4)));
        }
        return b.build();
    }

    /**
     * The problem re-planned from a random earlier timetable: most sections were at one of their
     * times (now and then at a time no longer allowed) and in one of their rooms (now and then one
     * that is gone); some sections are new or had no time.
     */
    public static Problem withRandomPrevious(Problem problem, Random random) {
        List<Baseline.Placement> placements = new ArrayList<>();
        for (Section section : problem.sections()) {
            int draw = random.nextInt(10);
            if (draw == 0) {
                continue; // a new section
            }
            TimePattern time = draw == 1 ? null : draw == 2 ? at(0b0001, 0b00001, 7 * 12, 6)
                    : section.times().get(random.nextInt(section.times().size())).pattern();
            Room room = section.rooms().isEmpty() ? null : section.rooms().get(random.nextInt(section.rooms().size())).room();
            String roomId = room == null ? null : random.nextInt(8) == 0 ? "GONE" : room.id();
            placements.add(new Baseline.Placement(section, time, roomId, "GONE".equals(roomId) ? null : room));
        }
        return problem.withPrevious(Baseline.of(problem, placements, List.of("OLD-1")));
    }

    /** A random placement: each time and room drawn from the section's own options, or left empty now and then. */
    public static Solution randomSolution(Problem problem, Enrolments enrolments, Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (Section section : problem.sections()) {
            TimeOption time = random.nextInt(8) == 0 ? null : section.times().get(random.nextInt(section.times().size()));
            RoomOption room = section.rooms().isEmpty() || random.nextInt(8) == 0 ? null
                    : section.rooms().get(random.nextInt(section.rooms().size()));
            assignments.add(new Assignment(section, time, room));
        }
        return new Solution(problem, assignments, enrolments);
    }

    /**
     * The given enrolments with about one student in five disturbed: a section dropped, a random
     * section of any course added, or both, so that sectioning rules break now and then.
     */
    public static Enrolments randomEnrolments(Problem problem, Enrolments enrolments, Random random) {
        List<List<Section>> disturbed = new ArrayList<>(enrolments.size());
        for (List<Section> enrolment : enrolments) {
            List<Section> copy = new ArrayList<>(enrolment);
            int change = random.nextInt(10);
            if ((change == 0 || change == 2) && !copy.isEmpty()) {
                copy.remove(random.nextInt(copy.size()));
            }
            if (change == 1 || change == 2) {
                copy.add(problem.sections().get(random.nextInt(problem.sections().size())));
            }
            disturbed.add(copy);
        }
        return Enrolments.of(disturbed);
    }

    private static Section addSection(ProblemBuilder b, Random random, Subpart subpart, String id, int limit,
            String parentId, List<Teacher> teachers, List<Room> rooms) {
        Set<TimePattern> patterns = new LinkedHashSet<>();
        int timeCount = 4 + random.nextInt(4);
        while (patterns.size() < timeCount) {
            patterns.add(at(WEEK_SETS[random.nextInt(WEEK_SETS.length)], DAY_SETS[random.nextInt(DAY_SETS.length)],
                    STARTS[random.nextInt(STARTS.length)], LENGTHS[random.nextInt(LENGTHS.length)]));
        }
        List<TimeOption> times = patterns.stream().map(p -> new TimeOption(p, random.nextInt(4))).toList();
        boolean needsRoom = random.nextInt(6) != 0;
        List<RoomOption> roomOptions = needsRoom
                ? pick(random, rooms, 2 + random.nextInt(2)).stream().map(r -> new RoomOption(r, random.nextInt(3))).toList()
                : List.of();
        List<Teacher> sectionTeachers = pick(random, teachers, random.nextInt(3));
        return b.addSection(subpart, id, null, limit, parentId, sectionTeachers, needsRoom, Set.of(), times, roomOptions);
    }

    private static int[] parameters(DistributionType type) {
        return switch (type) {
            case WORK_DAY -> new int[] {30};
            case MIN_GAP -> new int[] {6};
            case MAX_DAYS -> new int[] {2};
            case MAX_DAY_LOAD -> new int[] {30};
            case MAX_BREAKS -> new int[] {0, 6};
            case MAX_BLOCK -> new int[] {24, 6};
            default -> new int[0];
        };
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static TimePattern at(long weeks, int days, int start, int length) {
        return new TimePattern(weeks, days, start, length);
    }
}
