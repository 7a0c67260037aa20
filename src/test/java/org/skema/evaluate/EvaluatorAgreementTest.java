package org.skema.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skema.ScenarioBuilder.FRI;
import static org.skema.ScenarioBuilder.MON;
import static org.skema.ScenarioBuilder.THU;
import static org.skema.ScenarioBuilder.TUE;
import static org.skema.ScenarioBuilder.WED;
import static org.skema.ScenarioBuilder.h;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.AllRulesProblem;
import org.skema.ScenarioBuilder.Scenario;
import org.skema.ScenarioBuilder;
import org.skema.TinyProblem;
import org.skema.io.itc2007.Itc2007Files;
import org.skema.io.itc2007.Itc2007ProblemReader;
import org.skema.io.itc2019.Itc2019Data;
import org.skema.model.Assignment;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Solution;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolveResult;
import org.skema.solver.SolverProgress;
import org.skema.solver.StageConfigs;
import org.skema.solver.TimetableSolver;
import org.skema.solver.domain.ConstraintWeights;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * The Evaluator (plain Java) and Timefold's incremental constraints must score every solution the
 * same, rule by rule: for each rule, Timefold's score with only that rule weighted equals the
 * Evaluator's weighted total for it on its level, and the full scores agree.
 */
class EvaluatorAgreementTest {
    /** Unusual weights, so a weight applied twice, or not at all, shows. */
    private static final ObjectiveWeights ODD_WEIGHTS = new ObjectiveWeights(2, 3, 5, 7, 11, 13, 3, true, 17, 19, 23, 29,
            31);
    private static final ObjectiveWeights ITC_WEIGHTS = ObjectiveWeights.itc2019(2, 3, 5, 7);

    private static final SolutionManager<Timetable, HardMediumSoftScore> SCORER = SolutionManager.create(
            SolverFactory.create(StageConfigs.base(new SolveOptions(null, 1L, null, 0, EnvironmentMode.PHASE_ASSERT))));

    @Test
    void randomSolutionsAgreeRuleByRule() {
        Map<Rule, Long> seen = new EnumMap<>(Rule.class);
        int checked = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Problem problem = AllRulesProblem.withRandomPrevious(AllRulesProblem.generate(seed, ODD_WEIGHTS),
                    new Random(-seed));
            checked += checkRandomSolutions(problem, seed, 60, seen);
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
        assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class))))
                .as("rules with a non-zero total in some random solution")
                .containsExactlyInAnyOrder(Rule.values());
    }

    @Test
    void randomSolutionsAgreeUnderItcWeights() {
        Map<Rule, Long> seen = new EnumMap<>(Rule.class);
        checkRandomSolutions(AllRulesProblem.generate(5, ITC_WEIGHTS), 5, 25, seen);
        // capacity, gaps and teacher wishes are switched off by these weights, in both scorers
        assertThat(seen).containsEntry(Rule.ROOM_CAPACITY, 0L).containsEntry(Rule.STUDENT_GAP, 0L)
                .containsEntry(Rule.TEACHER_UNDESIRED_TIME, 0L);
        assertThat(seen.get(Rule.STUDENT_CONFLICT)).isPositive();
    }

    @Test
    void randomSolutionsAgreeUnderItc2007Weights() {
        Map<Rule, Long> seen = new EnumMap<>(Rule.class);
        checkRandomSolutions(AllRulesProblem.generate(9, ObjectiveWeights.itc2007()), 9, 25, seen);
        assertThat(seen).containsEntry(Rule.STUDENT_CONFLICT, 0L).containsEntry(Rule.TIME_PENALTY, 0L);
        assertThat(List.of(Rule.CURRICULUM_CONFLICT, Rule.ROOM_CAPACITY_OVERFLOW, Rule.MIN_WORKING_DAYS,
                Rule.CURRICULUM_COMPACTNESS, Rule.ROOM_STABILITY)).allSatisfy(rule -> assertThat(seen.get(rule))
                        .as(rule.label()).isPositive());
    }

    /** An ITC 2007 problem has no students: room sizes come from the sections' limits. */
    @Test
    void randomSolutionsOfAnItc2007ProblemAgree(@TempDir Path dir) {
        Problem problem = Itc2007ProblemReader.read(Itc2007Files.write(dir, "tiny.ctt", Itc2007Files.TINY));
        Map<Rule, Long> seen = new EnumMap<>(Rule.class);
        checkRandomSolutions(problem, 10, 60, seen);
        assertThat(List.of(Rule.TEACHER_CONFLICT, Rule.ROOM_CONFLICT, Rule.CURRICULUM_CONFLICT,
                Rule.ROOM_CAPACITY_OVERFLOW, Rule.MIN_WORKING_DAYS, Rule.CURRICULUM_COMPACTNESS, Rule.ROOM_STABILITY))
                .allSatisfy(rule -> assertThat(seen.get(rule)).as(rule.label()).isPositive());
        assertSolvedAgreement(problem, 500L);
    }

    @Test
    void randomSolutionsOfTheTinyProblemAgree() {
        Problem problem = TinyProblem.courses(6, ODD_WEIGHTS);
        checkRandomSolutions(problem, 6, 25, new EnumMap<>(Rule.class));
    }

    /** Checks {@code count} random solutions; adds each rule's penalties to {@code seen}. */
    private static int checkRandomSolutions(Problem problem, long seed, int count, Map<Rule, Long> seen) {
        Enrolments enrolments = new GreedySectioner().section(problem);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Solution solution = AllRulesProblem.randomSolution(problem,
                    AllRulesProblem.randomEnrolments(problem, enrolments, random), random);
            Evaluation evaluation = assertAgreement(solution, problem.name() + " random solution " + i);
            evaluation.penaltyPerRule().forEach((rule, penalty) -> seen.merge(rule, penalty, Long::sum));
        }
        return count;
    }

    @Test
    void aHandPlacedTimetableWithEveryRuleBrokenScoresAsComputedByHand() {
        Scenario scenario = everythingBroken(ODD_WEIGHTS);
        Map<Rule, Long> expected = new EnumMap<>(Rule.class);
        expected.put(Rule.ROOM_CONFLICT, 1L);              // A and B in R1 at once
        expected.put(Rule.TEACHER_CONFLICT, 1L);           // T teaches A and B at once
        expected.put(Rule.ROOM_UNAVAILABLE, 1L);           // D in R1 on Friday
        expected.put(Rule.ROOM_CAPACITY, 2L);              // A (14 students) and B (12) in R1 for 10
        expected.put(Rule.TEACHER_UNAVAILABLE, 1L);        // C on Thursday
        expected.put(Rule.REQUIRED_DISTRIBUTION_PAIR, 1L); // SameStart(A, B)
        expected.put(Rule.REQUIRED_DISTRIBUTION_GROUP, 1L); // MaxDays(1) over Monday and Thursday
        expected.put(Rule.SECTIONING_STRUCTURE, 1L);       // a student requests course E but attends none of it
        expected.put(Rule.CLASS_LIMIT, 1L);                // A holds 14 students, limit 13
        expected.put(Rule.UNPLACED_SECTION, 3L);           // E lacks time and room, F lacks a room
        expected.put(Rule.STUDENT_CONFLICT, 7L * 12);      // 12 students in A and B
        expected.put(Rule.STUDENT_GAP, 11L * 2 * 12 * 2);  // 2 students wait 12 slots on 2 Mondays
        expected.put(Rule.TEACHER_UNDESIRED_TIME, 13L * (5 + 5)); // A and B in T's undesired Monday morning
        expected.put(Rule.TIME_PENALTY, 2L * 2);
        expected.put(Rule.ROOM_PENALTY, 3L * 1);
        expected.put(Rule.PREFERRED_DISTRIBUTION_PAIR, 5L * 4); // DifferentDays(A, G), penalty 4
        expected.put(Rule.PREFERRED_DISTRIBUTION_GROUP, 5L * (3 * 48 / 2)); // MaxDayLoad(12): 24 over on 2 Mondays
        expected.put(Rule.CURRICULUM_CONFLICT, 1L);        // A and B of curriculum Q at once
        expected.put(Rule.ROOM_CAPACITY_OVERFLOW, 17L * (4 + 2)); // A and B: 14 and 12 students in R1 for 10
        expected.put(Rule.MIN_WORKING_DAYS, 19L * 3);      // course K on Tue and Wed, wants 5 days
        expected.put(Rule.CURRICULUM_COMPACTNESS, 23L * 3); // A, B, G of Q: none within 3 slots of another
        expected.put(Rule.ROOM_STABILITY, 29L * 1);        // course K uses R1 and R2
        expected.put(Rule.MOVED_SECTION, 31L * (1 + 2));   // G left R1 (its 2 students); A stayed

        Evaluation evaluation = assertAgreement(scenario.solution(), "hand-placed");
        assertThat(evaluation.penaltyPerRule()).isEqualTo(expected);
        assertThat(evaluation.scoreText()).isEqualTo("-11hard/-3medium/-" + expected.entrySet().stream()
                .filter(e -> e.getKey().level() == Rule.Level.SOFT).mapToLong(Map.Entry::getValue).sum() + "soft");
    }

    @Test
    void itcWeightsSwitchOffCapacityGapsAndTeacherWishesInBothScorers() {
        Evaluation evaluation = assertAgreement(everythingBroken(ITC_WEIGHTS).solution(), "hand-placed, ITC weights");
        assertThat(evaluation.penaltyPerRule()).containsEntry(Rule.ROOM_CAPACITY, 0L)
                .containsEntry(Rule.STUDENT_GAP, 0L).containsEntry(Rule.TEACHER_UNDESIRED_TIME, 0L)
                .containsEntry(Rule.STUDENT_CONFLICT, 7L * 12).containsEntry(Rule.PREFERRED_DISTRIBUTION_GROUP, 5L * 72)
                .containsEntry(Rule.CURRICULUM_CONFLICT, 1L).containsEntry(Rule.MIN_WORKING_DAYS, 0L)
                .containsEntry(Rule.MOVED_SECTION, ObjectiveWeights.DEFAULT_DISRUPTION * 3L);
        assertThat(evaluation.scoreText()).isEqualTo("-9hard/-3medium/-" + (471 + 3000) + "soft");
    }

    @Test
    void aSectionListedTwiceInOneEnrolmentIsStillOnePairPerStudent() {
        ScenarioBuilder s = new ScenarioBuilder().weights(ODD_WEIGHTS);
        Room r = s.room("R");
        s.section("A").at(s.at(MON, h(8), 12)).in(r);
        s.section("B").at(s.at(MON, h(8), 12)).in(r);
        s.students(1, "A", "B", "B");
        Evaluation evaluation = assertAgreement(s.build().solution(), "duplicate enrolment");
        assertThat(evaluation.penaltyPerRule()).containsEntry(Rule.STUDENT_CONFLICT, 7L);
    }

    @Test
    void anEmptyTimetableIsOnlyUnplacedSectionsAndTheDaysCoursesAskFor() {
        Problem problem = AllRulesProblem.generate(7, ODD_WEIGHTS);
        Enrolments enrolments = new GreedySectioner().section(problem);
        List<Assignment> nothing = problem.sections().stream().map(Assignment::unplaced).toList();
        Evaluation evaluation = assertAgreement(new Solution(problem, nothing, enrolments), "empty");
        long decisions = problem.sections().stream().mapToLong(s -> s.needsRoom() ? 2 : 1).sum();
        // courses C1 and C2 ask for 1 and 2 days and meet on none
        assertThat(evaluation.scoreText()).isEqualTo("0hard/-" + decisions + "medium/-" + 19 * (1 + 2) + "soft");
    }

    @Test
    void solvedTimetablesAgreeUnderFullAssert() {
        Problem problem = TinyProblem.courses(6, ObjectiveWeights.faculty());
        assertSolvedAgreement(problem, 800L);
        assertSolvedAgreement(AllRulesProblem.generate(8, ODD_WEIGHTS), 600L);
        assertSolvedAgreement(AllRulesProblem.withRandomPrevious(AllRulesProblem.generate(8, ODD_WEIGHTS),
                new Random(8)), 600L);
    }

    /**
     * An ITC 2019 instance whose students the sectioning search moves during and after the search:
     * the solver's facts follow the moved students, so both scorers still agree.
     */
    @Test
    void aSolvedItc2019InstanceWithMovedStudentsAgrees() {
        Problem problem = Itc2019Data.problem("muni-fsps-spr17");
        Enrolments greedy = new GreedySectioner().section(problem);
        // A move limit, not a time limit: the final re-sectioning then always runs, however loaded the machine.
        SolveOptions options = new SolveOptions(null, 20_000L, null, 1L, EnvironmentMode.PHASE_ASSERT);
        SolveResult result = new TimetableSolver().solve(problem, greedy, null, options, SolverProgress.NONE);
        assertThat(result.solution().enrolments()).as("students were moved").isNotEqualTo(greedy);
        Evaluation evaluation = assertAgreement(result.solution(), "muni-fsps-spr17 solved");
        assertThat(evaluation.scoreText()).as("solver's own final score").isEqualTo(result.score().toString());
    }

    /**
     * A problem with the faculty's weights (gaps count), solved with its students re-sectioned at the
     * end, where the greedy groups left gaps: the final score is the Evaluator's, and the mapper's
     * attendance groups follow the moved students.
     */
    @Test
    void aSolvedProblemWithGapsAndMovedStudentsAgrees() {
        Problem problem = TinyProblem.courses(10, ObjectiveWeights.faculty());
        Enrolments greedy = new GreedySectioner().section(problem);
        SolveOptions options = new SolveOptions(null, 200L, null, 42L, EnvironmentMode.PHASE_ASSERT);
        SolveResult result = new TimetableSolver().solve(problem, greedy, null, options, SolverProgress.NONE);
        assertThat(result.solution().enrolments()).as("students were moved").isNotEqualTo(greedy);
        Evaluation evaluation = assertAgreement(result.solution(), problem.name() + " solved");
        assertThat(problem.weights().studentGap()).as("gaps count").isPositive();
        assertThat(new Evaluator().evaluate(new Solution(problem, result.solution().assignments(), greedy))
                .penaltyPerRule().get(Rule.STUDENT_GAP)).as("the greedy groups wait on these times").isPositive();
        assertThat(evaluation.scoreText()).as("solver's own final score").isEqualTo(result.score().toString());
    }

    private static void assertSolvedAgreement(Problem problem, long moves) {
        Enrolments enrolments = new GreedySectioner().section(problem);
        SolveOptions options = new SolveOptions(null, moves, null, 42L, EnvironmentMode.FULL_ASSERT);
        SolveResult result = new TimetableSolver().solve(problem, enrolments, null, options, SolverProgress.NONE);
        Evaluation evaluation = assertAgreement(result.solution(), problem.name() + " solved");
        assertThat(evaluation.scoreText()).as("solver's own best score").isEqualTo(result.score().toString());
    }

    /**
     * Scores a solution with the Evaluator and with Timefold, once per rule (only that rule
     * weighted) and once in full, and asserts that they agree.
     */
    private static Evaluation assertAgreement(Solution solution, String what) {
        Problem problem = solution.problem();
        Evaluation evaluation = new Evaluator().evaluate(solution);
        Timetable timetable = TimetableMapper.toTimetable(problem, solution.enrolments(), solution);
        Map<Rule, Long> penalties = evaluation.penaltyPerRule();
        HardMediumSoftScore sumOfRules = HardMediumSoftScore.ZERO;
        for (Rule rule : Rule.values()) {
            if (rule.weight(problem.weights()) == 0) {
                // switched off: Timefold then has no constraint at all to score
                assertThat(penalties.get(rule)).as("%s: %s is switched off", what, rule.label()).isZero();
                continue;
            }
            timetable.setConstraintWeightOverrides(ConstraintWeights.only(rule, problem.weights()));
            HardMediumSoftScore timefold = SCORER.update(timetable);
            assertThat(timefold).as("%s: %s (Evaluator: %s)", what, rule.label(), evaluation.violations(rule))
                    .isEqualTo(ConstraintWeights.weighted(rule, -penalties.get(rule)));
            sumOfRules = sumOfRules.add(timefold);
        }
        timetable.setConstraintWeightOverrides(ConstraintWeights.of(problem.weights()));
        HardMediumSoftScore full = SCORER.update(timetable);
        assertThat(full).as("%s: full score", what)
                .isEqualTo(HardMediumSoftScore.of(-evaluation.hard(), -evaluation.medium(), -evaluation.soft()))
                .isEqualTo(sumOfRules);
        return evaluation;
    }

    /**
     * One hand-placed timetable that breaks every rule (2 weeks, A takes 13 students, R1 seats 10 and is closed on
     * Friday morning, R1-R2 is a 4-slot walk, T cannot teach on Thursday morning and would rather
     * not teach on Monday morning, course C wants 5 days, curriculum Q holds A, B and G).
     */
    private static Scenario everythingBroken(ObjectiveWeights weights) {
        ScenarioBuilder s = new ScenarioBuilder().weights(weights);
        Room r1 = s.room("R1", 10, s.at(FRI, h(8), 24));
        Room r2 = s.room("R2", 100);
        s.travel(r1, r2, 4);
        Teacher t = s.teacher("T", List.of(s.at(THU, h(8), 24)), List.of(new TimeOption(s.at(MON, h(8), 24), 5)));
        s.section("A").taughtBy(t).limit(13).at(s.at(MON, h(8), 12), 2).in(r1, 1);
        s.section("B").taughtBy(t).at(s.at(MON, h(8) + 6, 12)).in(r1);
        s.section("C").taughtBy(t).roomless().at(s.at(THU, h(9), 12));
        s.section("D").at(s.at(FRI, h(9), 12)).in(r1);
        s.section("E");
        s.section("F").at(s.at(FRI, h(14), 12));
        s.section("G").at(s.at(MON, h(10), 12)).in(r2);
        s.section("H").inCourse("K").at(s.at(TUE, h(8), 12)).in(r1);
        s.section("I").inCourse("K").at(s.at(WED, h(8), 12)).in(r2);
        s.students(12, "A", "B");
        s.students(2, "A", "G");
        s.studentsRequesting(1, List.of("D", "E"), "D");
        s.required("SameStart", "A", "B");
        s.required("MaxDays(1)", "A", "C");
        s.preferred("DifferentDays", 4, "A", "G");
        s.preferred("MaxDayLoad(12)", 3, "A", "B", "G");
        s.course("K", 5);
        s.curriculum("Q", "A", "B", "G");
        s.previously("G", s.at(MON, h(10), 12), "R1").previously("A", s.at(MON, h(8), 12), "R1");
        return s.build();
    }
}
