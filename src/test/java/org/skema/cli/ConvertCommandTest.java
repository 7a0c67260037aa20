package org.skema.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolveResult;
import org.skema.solver.SolverProgress;
import org.skema.solver.TimetableSolver;

/** {@code skema convert}: the bundled faculty as an ITC 2019 problem. */
class ConvertCommandTest {
    @TempDir
    Path dir;

    @Test
    void convertsTheFacultyToAWorkbookAndBack() {
        Path xlsx = dir.resolve("faculty.xlsx");
        CliRun there = CliRun.of("convert", "datasets/faculty.json", xlsx.toString());
        assertThat(there.exitCode()).isZero();
        assertThat(there.err()).isEmpty();
        assertThat(there.out()).isEqualTo("Wrote " + xlsx + ": 869 sections, 4534 students, 605 teachers, 80 rooms, "
                + "987 distributions\n");
        Path json = dir.resolve("faculty.json");
        assertThat(CliRun.of("convert", xlsx.toString(), json.toString()).exitCode()).isZero();
        org.skema.ProblemAssert.assertSameProblem(Formats.readProblem(json),
                Formats.readProblem(Path.of("datasets/faculty.json")));
    }

    @Test
    void aBrokenWorkbookIsBadInputNamingSheetRowAndColumn() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        try (var in = Files.newInputStream(Path.of("datasets/example.xlsx"));
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                var out = Files.newOutputStream(broken)) {
            book.getSheet("rooms").getRow(2).getCell(2).setCellValue(-40);
            book.write(out);
        }
        CliRun run = CliRun.of("convert", broken.toString(), dir.resolve("x.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("skema: " + broken + ": sheet rooms, row 3, column C: capacity: must not be "
                + "negative, got -40\n");
    }

    @Test
    void convertsTheFacultyToAnItc2019ProblemThatReadsBack() {
        Path xml = dir.resolve("faculty.xml");
        CliRun run = CliRun.of("convert", "datasets/faculty.json", xml.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote " + xml + ": 869 sections");
        assertThat(run.err().lines()).allMatch(line -> line.startsWith("skema: left out: "))
                .anyMatch(line -> line.contains("ids of rooms, courses, configs, subparts, sections, students are numbered"))
                .anyMatch(line -> line.contains("student gaps"))
                .anyMatch(line -> line.contains("undesired times of 154 teacher(s)"));

        Problem original = Formats.readProblem(Path.of("datasets/faculty.json"));
        Problem converted = Formats.readProblem(xml);
        assertThat(converted.weights()).isEqualTo(ObjectiveWeights.itc2019(1, 1, 1, original.weights().studentConflict()));
        assertThat(converted.sections()).hasSameSizeAs(original.sections());
        assertThat(converted.rooms()).hasSameSizeAs(original.rooms());
        assertThat(converted.students()).hasSameSizeAs(original.students());
        assertThat(converted.courses()).hasSameSizeAs(original.courses());
        assertThat(converted.teachers()).isEmpty();

        // every teacher of two or more sections became a required SameAttendees over them, after the distributions
        List<Teacher> teaching = original.teachers().stream().filter(t -> taught(original, t).size() >= 2).toList();
        assertThat(converted.distributions()).hasSize(original.distributions().size() + teaching.size());
        for (int i = 0; i < teaching.size(); i++) {
            Distribution sameAttendees = converted.distributions().get(original.distributions().size() + i);
            assertThat(sameAttendees.type()).isEqualTo(DistributionType.SAME_ATTENDEES);
            assertThat(sameAttendees.required()).isTrue();
            assertThat(indexes(sameAttendees.sections())).isEqualTo(indexes(taught(original, teaching.get(i))));
        }

        // times at which a teacher is unavailable are gone; so are rooms smaller than the limit
        int sectionsWithFewerTimes = 0;
        long timesBefore = 0;
        long timesAfter = 0;
        for (Section section : original.sections()) {
            Section copy = converted.sections().get(section.index());
            List<TimeOption> available = section.times().stream().filter(option -> section.teachers().stream()
                    .noneMatch(teacher -> teacher.isUnavailableAt(option.pattern()))).toList();
            assertThat(copy.times()).as("times of " + section.id()).isEqualTo(available.isEmpty() ? section.times() : available);
            sectionsWithFewerTimes += copy.times().size() < section.times().size() ? 1 : 0;
            timesBefore += section.times().size();
            timesAfter += copy.times().size();
            List<Integer> bigEnough = section.rooms().stream().filter(o -> o.room().capacity() >= section.limit())
                    .map(o -> o.room().index()).toList();
            assertThat(copy.rooms().stream().map(o -> o.room().index()).toList()).as("rooms of " + section.id())
                    .isEqualTo(bigEnough.isEmpty() ? section.rooms().stream().map(o -> o.room().index()).toList() : bigEnough);
            assertThat(copy.limit()).isEqualTo(section.limit());
            assertThat(copy.parent() == null ? -1 : copy.parent().index())
                    .isEqualTo(section.parent() == null ? -1 : section.parent().index());
        }
        assertThat(sectionsWithFewerTimes).as("sections that lost times").isEqualTo(869);
        assertThat(List.of(timesBefore, timesAfter)).as("time options before and after").isEqualTo(List.of(25_710L, 15_375L));
    }

    private static List<Section> taught(Problem problem, Teacher teacher) {
        return problem.sections().stream().filter(s -> s.teachers().contains(teacher)).toList();
    }

    private static List<Integer> indexes(List<Section> sections) {
        return sections.stream().map(Section::index).toList();
    }

    @Test
    void theConvertedSmallFacultySolvesFeasibly() {
        Path xml = dir.resolve("faculty-small.xml");
        assertThat(CliRun.of("convert", "datasets/faculty-small.json", xml.toString()).exitCode()).isZero();
        Problem problem = Formats.readProblem(xml);
        var enrolments = new GreedySectioner().section(problem);
        SolveOptions options = SolveOptions.timeLimited(java.time.Duration.ofSeconds(30)).withMoveLimit(10_000L);
        SolveResult result = new TimetableSolver().solve(problem, enrolments, null, options, SolverProgress.NONE);
        Evaluation evaluation = new Evaluator().evaluate(result.solution());
        assertThat(evaluation.feasible()).as(evaluation.scoreText()).isTrue();
        assertThat(evaluation.scoreText()).isEqualTo(result.score().toString());
    }

    @Test
    void needsForceToOverwrite() throws Exception {
        Path json = dir.resolve("example.json");
        Files.writeString(json, "already here");
        CliRun refused = CliRun.of("convert", "datasets/example.json", json.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).startsWith("skema: ").contains("--force");
        assertThat(Files.readString(json)).isEqualTo("already here");

        CliRun forced = CliRun.of("convert", "datasets/example.json", json.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.err()).isEmpty();
        org.skema.ProblemAssert.assertSameProblem(Formats.readProblem(json),
                Formats.readProblem(Path.of("datasets/example.json")));
    }

    @Test
    void refusesAnUnknownTargetFormat() {
        CliRun run = CliRun.of("convert", "datasets/example.json", dir.resolve("example.ctt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("unsupported file type '.ctt' for a problem");
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("convert", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: skema convert").contains("skema convert datasets/faculty.json faculty.xml")
                .contains("--force");
        assertThat(CliRun.of("--help").out()).contains("convert");
    }
}
