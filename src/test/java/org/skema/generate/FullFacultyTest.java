package org.skema.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Problem;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Teacher;

/** The target faculty, generated once: its planted timetable and the facts the faculty profile promises. */
class FullFacultyTest {
    private static final long SEED = 2026;
    private static GeneratedFaculty faculty;
    private static long millis;

    @BeforeAll
    static void generate() {
        long start = System.nanoTime();
        faculty = FacultyGenerator.generate(FacultyProfile.full(), SEED);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(faculty.summary() + " (generated in " + millis + " ms)");
        System.out.println(FacultyGenerator.generate(FacultyProfile.small(), SEED).summary());
    }

    @Test
    void plantedTimetableIsFeasible() {
        Evaluation evaluation = new Evaluator().evaluate(faculty.planted());
        assertThat(evaluation.violations().stream().filter(v -> v.rule().level() != Rule.Level.SOFT)
                .map(v -> v.message())).isEmpty();
        assertThat(evaluation.feasible()).isTrue();
        assertThat(evaluation.hard()).isZero();
        assertThat(evaluation.unplacedSections()).isZero();
        // Students choose electives that fit; only a few are seated in a clashing exercise group.
        Map<Rule, Long> units = evaluation.unitsPerRule();
        System.out.println("planted soft units: " + units.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")));
        assertThat(units.get(Rule.STUDENT_CONFLICT)).isLessThan(faculty.problem().students().size() / 50);
    }

    @Test
    void hasTheStructureOfEveryGeneratedFaculty() {
        FacultyChecks.structure(faculty, FacultyProfile.full());
    }

    @Test
    void matchesTheFacultyProfile() {
        Problem problem = faculty.problem();
        assertThat(problem.students()).hasSizeBetween(4300, 4700);
        assertThat(problem.teachers()).hasSize(605);
        assertThat(problem.rooms()).hasSize(80);
        assertThat(problem.calendar().weeks()).isEqualTo(14);
        assertThat(problem.calendar().daysPerWeek()).isEqualTo(5);
        Map<String, Long> cohorts = problem.students().stream().filter(s -> s.group().startsWith("BA"))
                .collect(Collectors.groupingBy(s -> s.group().substring(0, 3), TreeMap::new, Collectors.counting()));
        assertThat(cohorts).hasSize(3);
        assertThat(cohorts.values()).allSatisfy(size -> assertThat(size).isBetween(650L, 780L));
        assertThat(problem.students().stream().filter(s -> s.group().equals("MA"))).hasSize(2400);
        assertThat(problem.courses().stream().filter(c -> c.id().startsWith("EL"))).hasSize(175);
        for (var course : problem.courses()) {
            if (course.id().startsWith("BA")) {
                var lectures = course.configs().get(0).subparts().get(0);
                assertThat(lectures.sections()).as("streams of " + course.id()).hasSizeBetween(2, 3);
            }
        }
    }

    @Test
    void mostExternalsComeOnlyInTheAfternoonOrOnFixedDays() {
        long externals = 0;
        long limited = 0;
        for (Teacher teacher : faculty.problem().teachers()) {
            if (teacher.kind() == Teacher.Kind.EXTERNAL) {
                externals++;
                boolean afternoons = teacher.unavailable().stream().anyMatch(t -> t.dayCount() == 5
                        && t.end() == TeachingGrid.AFTERNOON);
                boolean fixedDays = teacher.unavailable().stream().anyMatch(t -> t.dayCount() >= 3
                        && t.length() == TeachingGrid.DAY_END - TeachingGrid.DAY_START);
                limited += afternoons || fixedDays ? 1 : 0;
            }
        }
        assertThat(limited).isGreaterThan(externals * 3 / 4);
    }

    @Test
    void someTeachingRunsOnlyHalfTheSemester() {
        long half = faculty.problem().sections().stream()
                .filter(section -> section.times().get(0).pattern().weekCount() == 7).count();
        assertThat(half).isBetween(faculty.problem().sections().size() / 20L, faculty.problem().sections().size() / 4L);
    }

    @Test
    void generationIsFastAndRepeatable() {
        // A loose bound: the measured time is printed above; benchmarks, not tests, hold performance targets.
        assertThat(millis).isLessThan(30_000);
        GeneratedFaculty again = FacultyGenerator.generate(FacultyProfile.full(), SEED);
        assertThat(ProblemDump.of(again.problem())).isEqualTo(ProblemDump.of(faculty.problem()));
        assertThat(ProblemDump.of(again.planted())).isEqualTo(ProblemDump.of(faculty.planted()));
    }

    @Test
    void studentsOfAClassGroupShareTheirWeek() {
        Map<String, java.util.List<Section>> week = new TreeMap<>();
        for (Student student : faculty.problem().students()) {
            if (student.group().startsWith("BA")) {
                java.util.List<Section> previous = week.putIfAbsent(student.group(), student.fixedSections());
                if (previous != null) {
                    assertThat(student.fixedSections()).isEqualTo(previous);
                }
            }
        }
    }
}
