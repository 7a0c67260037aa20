package org.skema.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.sectioning.GreedySectioner;

class FacultyGeneratorTest {

    @Test
    void sameSeedGivesTheSameProblemAndPlant() {
        GeneratedFaculty first = FacultyGenerator.generate(FacultyProfile.small(), 42);
        GeneratedFaculty second = FacultyGenerator.generate(FacultyProfile.small(), 42);
        assertThat(ProblemDump.of(second.problem())).isEqualTo(ProblemDump.of(first.problem()));
        assertThat(ProblemDump.of(second.planted())).isEqualTo(ProblemDump.of(first.planted()));
    }

    @Test
    void differentSeedsGiveDifferentProblems() {
        String one = ProblemDump.of(FacultyGenerator.generate(FacultyProfile.small(), 1).problem());
        String two = ProblemDump.of(FacultyGenerator.generate(FacultyProfile.small(), 2).problem());
        assertThat(two).isNotEqualTo(one);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, -1, Long.MAX_VALUE})
    void plantedTimetableOfSmallIsFeasible(long seed) {
        GeneratedFaculty faculty = FacultyGenerator.generate(FacultyProfile.small(), seed);
        Evaluation evaluation = new Evaluator().evaluate(faculty.planted());
        assertThat(evaluation.violations().stream().filter(v -> v.rule().level() != Rule.Level.SOFT)
                .map(v -> v.message())).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.hard()).isZero();
        assertThat(evaluation.unplacedSections()).isZero();
        FacultyChecks.structure(faculty, FacultyProfile.small());
    }

    @Test
    void sectioningTheGeneratedStudentsGivesThePlantedEnrolments() {
        // Every student's sections are fixed, and each weekly meeting has its own subpart, so the
        // sectioner must reproduce the plant exactly.
        GeneratedFaculty faculty = FacultyGenerator.generate(FacultyProfile.small(), 5);
        Problem problem = faculty.problem();
        assertThat(new GreedySectioner().section(problem)).isEqualTo(faculty.planted().enrolments());
    }

    @Test
    void smallIsAboutATenthOfFull() {
        GeneratedFaculty small = FacultyGenerator.generate(FacultyProfile.small(), 1);
        System.out.println(small.summary());
        assertThat(small.problem().students()).hasSizeBetween(400, 560);
        assertThat(small.problem().teachers()).hasSize(61);
        assertThat(small.problem().rooms()).hasSizeBetween(8, 12);
        assertThat(small.problem().sections()).hasSizeBetween(60, 140);
    }
}
