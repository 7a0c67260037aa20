package org.skema.io.itc2007;

import org.skema.evaluate.Ud2Score;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.solver.SolveOptions;
import org.skema.solver.StageConfigs;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;

/**
 * The shared ITC 2007 instances read, and the published solutions (Docheinstein, comp01 to comp07)
 * score exactly the UD2 totals the official validator gives them, in the Evaluator and in Timefold.
 * Skipped when the shared data is absent.
 */
class PublishedSolutionsTest {
    private static final SolutionManager<Timetable, HardMediumSoftScore> SCORER = SolutionManager.create(
            SolverFactory.create(StageConfigs.base(new SolveOptions(null, 1L, null, 0, EnvironmentMode.PHASE_ASSERT))));

    @ParameterizedTest
    @CsvSource({"comp01, 5", "comp02, 36", "comp03, 66", "comp04, 37", "comp05, 305", "comp06, 40", "comp07, 14"})
    void publishedSolutionsScoreTheValidatorsTotals(String instance, long ud2Total) {
        Problem problem = Formats.readProblem(Itc2007Files.instance(instance));
        Solution solution = Formats.readSolution(Itc2007Files.published(instance), problem)
                .toSolution(Enrolments::none);
        Evaluation evaluation = new Evaluator().evaluate(solution);
        assertThat(solution.placedCount()).isEqualTo(problem.sections().size());
        assertThat(evaluation.hard()).isZero();
        assertThat(evaluation.feasible()).isTrue();

        Ud2Score ud2 = Ud2Score.of(evaluation);
        assertThat(ud2.total()).isEqualTo(ud2Total).isEqualTo(evaluation.soft());
        assertThat(ud2.costs().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ud2Total);

        Timetable timetable = TimetableMapper.toTimetable(problem, Enrolments.none(problem), solution);
        assertThat(SCORER.update(timetable)).isEqualTo(HardMediumSoftScore.ofSoft(-ud2Total));
    }

    @ParameterizedTest
    @ValueSource(strings = {"comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07", "comp08", "comp09",
            "comp10", "comp11", "comp12", "comp13", "comp14"})
    void everyInstanceReadsWithTheCountsOfItsHeader(String instance) throws IOException {
        Path file = Itc2007Files.instance(instance);
        Map<String, Integer> header = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, 7)) {
            String[] fields = line.strip().split("\\s+");
            header.put(fields[0], Integer.parseInt(fields[1]));
        }
        Problem problem = Formats.readProblem(file);
        assertThat(problem.courses()).hasSize(header.get("Courses:"));
        assertThat(problem.rooms()).hasSize(header.get("Rooms:"));
        assertThat(problem.curricula()).hasSize(header.get("Curricula:"));
        assertThat(problem.calendar().daysPerWeek()).isEqualTo(header.get("Days:"));
        int periods = header.get("Days:") * header.get("Periods_per_day:");
        int unavailable = header.get("Constraints:");
        assertThat(problem.sections()).allSatisfy(section -> assertThat(section.times()).hasSizeLessThanOrEqualTo(periods));
        assertThat(problem.courses().stream().mapToLong(course -> periods
                - course.sections().stream().findFirst().map(s -> s.times().size()).orElse(periods))
                .sum()).as("unavailable periods of courses with lectures").isLessThanOrEqualTo(unavailable);
    }
}
