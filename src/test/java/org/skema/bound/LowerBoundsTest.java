package org.skema.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skema.TinyProblem;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Assignment;
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
import org.skema.sectioning.GreedySectioner;

/** The bound against the optimum of small problems, found by trying every timetable with the Evaluator. */
class LowerBoundsTest {
    /** Every soft rule the relaxation models exactly: the bound must reach the optimum. */
    private static final ObjectiveWeights EXACT = new ObjectiveWeights(1, 2, 3, 4, 0, 1, 0, false, 1, 5, 2, 3);
    /** Adds student gaps, which the relaxation counts as 0. */
    private static final ObjectiveWeights WITH_GAPS = new ObjectiveWeights(1, 2, 3, 4, 1, 1, 0, false, 1, 5, 2, 3);

    @Test
    void theBoundReachesTheOptimumWhenEveryRuleIsModelled() {
        int tight = 0;
        for (int seed = 0; seed < 12; seed++) {
            Problem problem = random(seed, EXACT, true);
            Long optimum = bruteForceOptimum(problem);
            LowerBound bound = LowerBounds.of(problem, Duration.ofSeconds(20), 1);
            if (optimum == null) {
                assertThat(bound.feasible()).as("seed %d has no feasible timetable", seed).isFalse();
                continue;
            }
            assertThat(bound.feasible()).as("seed %d", seed).isTrue();
            assertThat(bound.optimal()).as("seed %d", seed).isTrue();
            assertThat(bound.value()).as("seed %d", seed).isEqualTo(optimum);
            tight++;
        }
        assertThat(tight).isGreaterThan(8);
    }

    @Test
    void theBoundNeverExceedsTheOptimum() {
        int compared = 0;
        int below = 0;
        for (int seed = 100; seed < 112; seed++) {
            Problem problem = random(seed, WITH_GAPS, false);
            Long optimum = bruteForceOptimum(problem);
            if (optimum == null) {
                continue;
            }
            LowerBound bound = LowerBounds.of(problem, Duration.ofSeconds(20), 1);
            LowerBound trivial = LowerBounds.of(problem, Duration.ZERO, 1);
            assertThat(bound.value()).as("seed %d", seed).isLessThanOrEqualTo(optimum);
            assertThat(trivial.value()).as("seed %d, no time for CP-SAT", seed).isLessThanOrEqualTo(bound.value());
            assertThat(bound.leftOut()).contains("Student gap");
            compared++;
            below += bound.value() < optimum ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(8);
        // gaps cost something in most of these problems, and the relaxation does not see them
        assertThat(below).isGreaterThan(0);
    }

    @Test
    void theGapIsTheShareOfTheCostAboveTheBound() {
        LowerBound bound = new LowerBound(30, true, false, 1, "test", List.of());
        assertThat(bound.gapPercent(40)).isEqualTo(25.0);
        assertThat(new LowerBound(0, true, true, 1, "test", List.of()).gapPercent(0)).isZero();
    }

    /**
     * Five sections of three courses: two interchangeable lectures of a course with minimum days, a
     * course of one section, and one of two sections in separate subparts; three times each on a
     * grid of adjacent hours over three days, three rooms of different sizes and penalties (one
     * closed at a time), two teachers (one unavailable at a time, one with an undesired time), a
     * curriculum, a soft and a required pairwise rule, and students in sections every sectioning
     * gives them (or, when {@code forcedStudents} is false, free to choose between the lectures); with forced
     * students, odd seeds have none, so that sizes are fixed and capacity overflow counts.
     */
    private static Problem random(int seed, ObjectiveWeights weights, boolean forcedStudents) {
        Random random = new Random(seed);
        ProblemBuilder b = new ProblemBuilder("random " + seed, TinyProblem.CALENDAR).weights(weights);
        List<Room> rooms = List.of(
                b.addRoom("R0", null, 20, null, Set.of(), List.of(TinyProblem.at(random.nextInt(3), 9, 0, 60))),
                b.addRoom("R1", null, 35, null, Set.of(), List.of()),
                b.addRoom("R2", null, 50, null, Set.of(), List.of()));
        Teacher anna = b.addTeacher("T0", null, Teacher.Kind.INTERNAL,
                List.of(TinyProblem.at(random.nextInt(3), 8 + random.nextInt(3), 0, 60)), List.of());
        Teacher ben = b.addTeacher("T1", null, Teacher.Kind.INTERNAL, List.of(),
                List.of(new TimeOption(TinyProblem.at(random.nextInt(3), 8, 0, 180), 2)));
        Course twice = b.addCourse("C0", null, 2);
        Subpart lectures = b.addSubpart(b.addConfig(twice, "1"), "L", null);
        List<TimeOption> shared = times(random);
        List<RoomOption> sharedRooms = rooms(random, rooms);
        Section l0 = b.addSection(lectures, "C0-L0", null, 20 + random.nextInt(30), null, List.of(anna), true, Set.of(),
                shared, sharedRooms);
        Section l1 = b.addSection(lectures, "C0-L1", null, l0.limit(), null, List.of(anna), true, Set.of(), shared,
                sharedRooms);
        Course single = b.addCourse("C1", null);
        Section s = b.addSection(b.addSubpart(b.addConfig(single, "1"), "S", null), "C1-S", null,
                10 + random.nextInt(40), null, List.of(ben), true, Set.of(), times(random), rooms(random, rooms));
        Course split = b.addCourse("C2", null);
        var config = b.addConfig(split, "1");
        Section a = b.addSection(b.addSubpart(config, "A", null), "C2-A", null, 10 + random.nextInt(40), null,
                List.of(ben), true, Set.of(), times(random), rooms(random, rooms));
        Section e = b.addSection(b.addSubpart(config, "E", null), "C2-E", null, 10 + random.nextInt(40), null,
                List.of(), true, Set.of(), times(random), rooms(random, rooms));
        b.addCurriculum("Q", List.of(l0, l1, s));
        b.addDistribution(random.nextBoolean() ? DistributionType.DIFFERENT_DAYS : DistributionType.SAME_START,
                new int[0], List.of(s, a), false, 1 + random.nextInt(3));
        b.addDistribution(DistributionType.NOT_OVERLAP, new int[0], List.of(a, e), true, 0);
        // odd seeds of the exact test have no students, so sizes are the limits and overflow counts
        int students = forcedStudents && seed % 2 == 1 ? 0 : 3;
        for (int i = 0; i < students; i++) {
            List<Section> fixed = forcedStudents ? List.of(i % 2 == 0 ? l0 : l1) : List.of();
            b.addStudent("S" + i, null, List.of(twice, single, split), fixed);
        }
        return b.build();
    }

    /** Three distinct times of one hour, 08:00-10:00 on Monday to Wednesday, with penalties 0-2. */
    private static List<TimeOption> times(Random random) {
        List<TimeOption> times = new ArrayList<>();
        while (times.size() < 3) {
            var pattern = TinyProblem.at(random.nextInt(3), 8 + random.nextInt(3), 0, 60);
            if (times.stream().noneMatch(t -> t.pattern().equals(pattern))) {
                times.add(new TimeOption(pattern, random.nextInt(3)));
            }
        }
        return times;
    }

    private static List<RoomOption> rooms(Random random, List<Room> rooms) {
        int skip = random.nextInt(3);
        List<RoomOption> options = new ArrayList<>();
        for (int r = 0; r < rooms.size(); r++) {
            if (r != skip) {
                options.add(new RoomOption(rooms.get(r), random.nextInt(2)));
            }
        }
        return options;
    }

    /** The least soft score of a timetable without hard violations, over every time and room; null if none. */
    private static Long bruteForceOptimum(Problem problem) {
        List<Section> sections = problem.sections();
        Enrolments enrolments = new GreedySectioner().section(problem);
        List<List<Assignment>> options = new ArrayList<>();
        for (Section section : sections) {
            List<Assignment> places = new ArrayList<>();
            for (TimeOption time : section.times()) {
                for (RoomOption room : section.rooms()) {
                    places.add(new Assignment(section, time, room));
                }
            }
            options.add(places);
        }
        Evaluator evaluator = new Evaluator();
        Long best = null;
        int[] choice = new int[sections.size()];
        while (true) {
            List<Assignment> assignments = new ArrayList<>();
            for (int i = 0; i < choice.length; i++) {
                assignments.add(options.get(i).get(choice[i]));
            }
            Evaluation evaluation = evaluator.evaluate(new Solution(problem, assignments, enrolments));
            if (evaluation.feasible() && (best == null || evaluation.soft() < best)) {
                best = evaluation.soft();
            }
            int i = 0;
            while (i < choice.length && ++choice[i] == options.get(i).size()) {
                choice[i++] = 0;
            }
            if (i == choice.length) {
                return best;
            }
        }
    }
}
