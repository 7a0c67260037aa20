package org.skema.explain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.SolvedFaculty;
import org.skema.cli.SkemaCli;
import org.skema.evaluate.Evaluator;
import org.skema.io.Formats;
import org.skema.model.Assignment;
import org.skema.model.Section;
import org.skema.model.Solution;

class ExplainTest {
    @TempDir
    Path dir;

    @Test
    void explainListsTheSamePerRuleTotalsAsCheck() {
        Solution solution = SolvedFaculty.get();
        Path problem = dir.resolve("faculty.json");
        Path answer = dir.resolve("solution.json");
        Formats.writeProblem(solution.problem(), problem, false);
        Formats.writeSolution(solution, Map.of(), answer, false);
        JsonObject check = json("check", problem.toString(), answer.toString(), "--json", "--summary");
        JsonObject explain = json("explain", problem.toString(), answer.toString(), "--json");
        assertThat(explain.getJsonObject("constraints")).isEqualTo(check.getJsonObject("constraints"));
        assertThat(explain.getString("score")).isEqualTo(check.getString("score"));
        assertThat(explain.getJsonObject("offenders").getJsonArray("sections")).hasSize(10);
    }

    @Test
    void everyAlternativesChangeIsTheFullEvaluatorsDifference() {
        Solution solution = SolvedFaculty.get();
        Evaluator evaluator = new Evaluator();
        Penalty before = Penalty.sum(evaluator.evaluate(solution).violations(), solution.problem().weights());
        // A lecture (many students), an exercise group, and the first section with a parent.
        List<Section> chosen = List.of(solution.problem().sections().get(0), solution.problem().sections().get(7),
                solution.problem().sections().stream().filter(s -> s.parent() != null).findFirst().orElseThrow());
        for (Section section : chosen) {
            List<Alternative> alternatives = new Alternatives().of(solution, section);
            assertThat(alternatives).hasSize(section.times().size() * Math.max(1, section.rooms().size()));
            for (int i = 0; i < alternatives.size(); i += Math.max(1, alternatives.size() / 12)) {
                Alternative alternative = alternatives.get(i);
                List<Assignment> moved = new ArrayList<>(solution.assignments());
                moved.set(section.index(), new Assignment(section, alternative.time(), alternative.room()));
                Penalty after = Penalty.sum(evaluator.evaluate(new Solution(solution.problem(), moved,
                        solution.enrolments())).violations(), solution.problem().weights());
                assertThat(alternative.change()).as("%s at %s", section.id(), alternative.time())
                        .isEqualTo(after.minus(before));
            }
            assertThat(alternatives).isSortedAccordingTo(java.util.Comparator.comparing(Alternative::change));
        }
    }

    @Test
    void anUnplacedSectionSaysWhichRulesBlockEachOption() {
        Solution solution = SolvedFaculty.get();
        Section section = solution.problem().sections().get(3);
        Assignment placed = solution.assignment(section);
        List<Assignment> assignments = new ArrayList<>(solution.assignments());
        assignments.set(section.index(), Assignment.unplaced(section));
        Solution without = new Solution(solution.problem(), assignments, solution.enrolments());
        SectionExplanation explanation = new Explainer(without).section(section);
        Alternative back = explanation.alternatives().stream()
                .filter(a -> a.time().equals(placed.time()) && java.util.Objects.equals(a.room(), placed.room())).findFirst().orElseThrow();
        assertThat(back.isFeasible()).isTrue();
        assertThat(back.change().medium()).isEqualTo(placed.section().needsRoom() ? -2 : -1);
        long blocked = explanation.alternatives().stream().filter(a -> !a.isFeasible()).count();
        assertThat(explanation.blockedOptions().values().stream().mapToLong(Integer::longValue).sum())
                .isGreaterThanOrEqualTo(blocked);
        explanation.alternatives().stream().filter(a -> !a.isFeasible()).forEach(a -> assertThat(a.change().hard())
                .as("a blocked option adds hard penalty").isPositive());
    }

    @Test
    void teacherAndStudentWeeks() {
        Solution solution = SolvedFaculty.get();
        var teacher = solution.problem().sections().get(0).teachers().get(0);
        PersonExplanation week = new Explainer(solution).teacher(teacher);
        assertThat(week.week()).extracting(Assignment::section)
                .containsExactlyInAnyOrderElementsOf(solution.problem().sections().stream()
                        .filter(s -> s.teachers().contains(teacher)).toList());
        assertThat(week.violations()).allSatisfy(v -> assertThat(v.people()).contains(teacher.id()));
        var student = solution.problem().students().get(0);
        assertThat(new Explainer(solution).student(student).week()).hasSameSizeAs(solution.enrolment(student));
    }

    private static JsonObject json(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SkemaCli.run(args, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(err.toString()).isIn(0, 1);
        return Json.createReader(new StringReader(out.toString())).readObject();
    }
}
