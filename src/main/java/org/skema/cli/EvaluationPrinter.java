package org.skema.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Itc2019Score;
import org.skema.evaluate.Violation;
import org.skema.evaluate.Ud2Score;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;

/** Renders the Evaluator's verdict for people (a table and the violations) or as one JSON object. */
final class EvaluationPrinter {
    private EvaluationPrinter() {
    }

    /** Verdict and score, plus the ITC 2019 or ITC 2007 (UD2) objective when the problem is weighed so. */
    static void printHeadline(Evaluation evaluation, PrintWriter out) {
        long sections = evaluation.solution().assignments().size();
        long unplaced = evaluation.unplacedSections();
        out.printf(Locale.ROOT, "Feasible: %s (%d hard violation(s), %d of %d sections placed)%n",
                evaluation.feasible() ? "yes" : "NO", evaluation.hard(), sections - unplaced, sections);
        out.printf(Locale.ROOT, "Score:    %s%n", evaluation.scoreText());
        if (Itc2019Score.appliesTo(evaluation.solution().problem())) {
            Itc2019Score itc = Itc2019Score.of(evaluation);
            ObjectiveWeights w = evaluation.solution().problem().weights();
            out.printf(Locale.ROOT, "ITC 2019: total %d = %d*%d time + %d*%d room + %d*%d distribution + %d*%d student%n",
                    itc.total(), w.time(), itc.time(), w.room(), itc.room(), w.distribution(), itc.distribution(),
                    w.studentConflict(), itc.student());
        }
        if (Ud2Score.appliesTo(evaluation.solution().problem())) {
            out.println(Ud2Score.of(evaluation).text());
        }
    }

    static void printTable(Evaluation evaluation, PrintWriter out) {
        Map<Rule, Long> units = evaluation.unitsPerRule();
        Map<Rule, Long> penalties = evaluation.penaltyPerRule();
        int weightsLevelWidth = 6;
        out.printf(Locale.ROOT, "%n%-30s %-" + weightsLevelWidth + "s %8s %10s %7s %12s%n", "rule", "level", "count",
                "units", "weight", "penalty");
        for (Rule rule : Rule.values()) {
            if (rule == Rule.MOVED_SECTION && evaluation.solution().problem().previous() == null) {
                continue; // only a re-plan has a previous timetable to move away from
            }
            long count = evaluation.violations(rule).size();
            out.printf(Locale.ROOT, "%-30s %-" + weightsLevelWidth + "s %8d %10d %7d %12d%n", rule.label(),
                    rule.level().name().toLowerCase(Locale.ROOT), count, units.get(rule),
                    rule.weight(evaluation.solution().problem().weights()), penalties.get(rule));
        }
    }

    /** The worst violations of each rule that has any, hard rules first. */
    static void printViolations(Evaluation evaluation, PrintWriter out, int perRule) {
        if (evaluation.violations().isEmpty()) {
            out.println("\nNo violations.");
            return;
        }
        out.println();
        for (Rule rule : Rule.values()) {
            List<Violation> violations = evaluation.violations(rule).stream()
                    .sorted(Comparator.comparingLong(Violation::units).reversed()).toList();
            if (violations.isEmpty()) {
                continue;
            }
            out.printf(Locale.ROOT, "%s (%d):%n", rule.label(), violations.size());
            violations.stream().limit(perRule).forEach(v -> out.printf(Locale.ROOT, "  %6d  %s%n", v.units(), v.message()));
            if (violations.size() > perRule) {
                out.printf(Locale.ROOT, "  ... and %d more (--all shows every one)%n", violations.size() - perRule);
            }
        }
    }

    static String json(Evaluation evaluation, boolean withViolations) {
        return pretty(jsonBuilder(evaluation, withViolations).build());
    }

    /** The verdict as a JSON object still open for more fields (explain adds its own). */
    static JsonObjectBuilder jsonBuilder(Evaluation evaluation, boolean withViolations) {
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("feasible", evaluation.feasible())
                .add("hard", evaluation.hard())
                .add("medium", evaluation.medium())
                .add("unassigned", evaluation.unplacedSections())
                .add("soft", evaluation.soft())
                .add("score", evaluation.scoreText());
        JsonObjectBuilder constraints = Json.createObjectBuilder();
        Map<Rule, Long> units = evaluation.unitsPerRule();
        Map<Rule, Long> penalties = evaluation.penaltyPerRule();
        for (Rule rule : Rule.values()) {
            constraints.add(rule.label(), Json.createObjectBuilder()
                    .add("level", rule.level().name().toLowerCase(Locale.ROOT))
                    .add("count", evaluation.violations(rule).size())
                    .add("units", units.get(rule))
                    .add("weight", rule.weight(evaluation.solution().problem().weights()))
                    .add("penalty", penalties.get(rule)));
        }
        root.add("constraints", constraints);
        if (Itc2019Score.appliesTo(evaluation.solution().problem())) {
            Itc2019Score itc = Itc2019Score.of(evaluation);
            root.add("itc2019", Json.createObjectBuilder()
                    .add("time", itc.time())
                    .add("room", itc.room())
                    .add("distribution", itc.distribution())
                    .add("student", itc.student())
                    .add("total", itc.total()));
        }
        if (Ud2Score.appliesTo(evaluation.solution().problem())) {
            Ud2Score ud2 = Ud2Score.of(evaluation);
            JsonObjectBuilder costs = Json.createObjectBuilder();
            ud2.costs().forEach(costs::add);
            root.add("ud2", Json.createObjectBuilder().add("total", ud2.total()).add("feasible", ud2.feasible())
                    .add("costs", costs));
        }
        if (withViolations) {
            root.add("violations", violationsJson(evaluation.violations()));
        }
        return root;
    }

    static JsonArrayBuilder violationsJson(List<Violation> violations) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Violation violation : violations) {
            list.add(Json.createObjectBuilder()
                    .add("rule", violation.rule().label())
                    .add("units", violation.units())
                    .add("sections", Json.createArrayBuilder(violation.sections().stream().map(Section::id).toList()))
                    .add("people", Json.createArrayBuilder(violation.people()))
                    .add("rooms", Json.createArrayBuilder(violation.rooms().stream().map(Room::id).toList()))
                    .add("message", violation.message()));
        }
        return list;
    }

    static String pretty(JsonObject object) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        try (JsonWriter writer = factory.createWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString().strip();
    }
}
