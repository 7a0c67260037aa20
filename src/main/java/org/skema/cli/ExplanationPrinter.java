package org.skema.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skema.evaluate.Violation;
import org.skema.explain.Alternative;
import org.skema.explain.Headline;
import org.skema.explain.Offender;
import org.skema.explain.Overview;
import org.skema.explain.Penalty;
import org.skema.explain.PersonExplanation;
import org.skema.explain.SectionExplanation;
import org.skema.model.Assignment;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Teacher;
import org.skema.model.TimeText;

/** Renders explanations as text for people or as one JSON object. */
final class ExplanationPrinter {
    private final PrintWriter out;
    private final Problem problem;
    private final int limit;

    ExplanationPrinter(PrintWriter out, Problem problem, int limit) {
        this.out = out;
        this.problem = problem;
        this.limit = limit;
    }

    void overview(Overview overview, boolean json) {
        if (json) {
            out.println(EvaluationPrinter.pretty(EvaluationPrinter.jsonBuilder(overview.evaluation(), false)
                    .add("offenders", Json.createObjectBuilder()
                            .add("sections", offenders(overview.sections()))
                            .add("teachers", offenders(overview.teachers()))
                            .add("students", offenders(overview.students())))
                    .build()));
            return;
        }
        EvaluationPrinter.printHeadline(overview.evaluation(), out);
        headline(overview.headline(), out);
        EvaluationPrinter.printTable(overview.evaluation(), out);
        out.println();
        out.println("A violation counts in full for every section, teacher and student in it.");
        printOffenders("Sections", overview.sections());
        printOffenders("Teachers", overview.teachers());
        printOffenders("Students (with their group)", overview.students());
    }

    /** "Placed 7 of 7 sections; 0 hard violation(s); 2 student conflict(s); worst rule: Student gap (soft 40)". */
    static void headline(Headline headline, PrintWriter out) {
        out.printf(Locale.ROOT, "Placed %,d of %,d sections; %,d hard violation(s); %,d student conflict(s); worst rule: %s%n",
                headline.placed(), headline.sections(), headline.hard(), headline.studentConflicts(),
                headline.worstRule() == null ? "none"
                        : String.format(Locale.ROOT, "%s (%s penalty %,d)", headline.worstRule().label(),
                                headline.worstRule().level().name().toLowerCase(Locale.ROOT), headline.worstPenalty()));
    }

    /**
     * The unplaced sections, each with the hard rules that rule out its placements, as in
     * "LAW2-L: 0 of 8 placements break no hard rule; blocked by Teacher conflict (4 of 8), ...".
     */
    static void unplaced(List<SectionExplanation> explanations, long total, PrintWriter out) {
        if (total == 0) {
            return;
        }
        out.printf(Locale.ROOT, "%nUnplaced sections (%d; 'skema explain PROBLEM SOLUTION --section ID' scores every"
                + " option):%n", total);
        for (SectionExplanation explanation : explanations) {
            int options = explanation.alternatives().size();
            long open = explanation.feasibleOptions();
            String blocked = String.join(", ", explanation.blockedOptions().entrySet().stream()
                    .sorted(Map.Entry.<Rule, Integer>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s (%d of %d)", e.getKey().label(), e.getValue(), options))
                    .toList());
            out.printf(Locale.ROOT, "  %s: %s; %d of %d placement(s) break no hard rule%s%n", explanation.section().id(),
                    explanation.assignment().hasTime() ? "no room" : "no time", open, options,
                    blocked.isEmpty() ? "" : "; blocked by " + blocked);
        }
        if (total > explanations.size()) {
            out.printf(Locale.ROOT, "  ... and %d more%n", total - explanations.size());
        }
    }

    private void printOffenders(String title, List<Offender> offenders) {
        out.printf(Locale.ROOT, "%n%s with the most penalty:%n", title);
        if (offenders.isEmpty()) {
            out.println("  none");
        }
        for (Offender offender : offenders) {
            out.printf(Locale.ROOT, "  %-34s %-16s %s (%d violation(s))%n", offender.penalty().text(false),
                    offender.id(), offender.name().equals(offender.id()) ? "" : offender.name(), offender.violations());
        }
    }

    private static JsonArrayBuilder offenders(List<Offender> offenders) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        offenders.forEach(o -> list.add(Json.createObjectBuilder().add("id", o.id()).add("name", o.name())
                .add("penalty", penalty(o.penalty())).add("violations", o.violations())));
        return list;
    }

    private static JsonObjectBuilder penalty(Penalty penalty) {
        return Json.createObjectBuilder().add("hard", penalty.hard()).add("medium", penalty.medium())
                .add("soft", penalty.soft());
    }

    void section(SectionExplanation explanation, boolean json) {
        Section section = explanation.section();
        if (json) {
            JsonArrayBuilder alternatives = Json.createArrayBuilder();
            explanation.alternatives().stream().limit(limit).forEach(a -> alternatives.add(alternative(a)));
            JsonObjectBuilder blocked = Json.createObjectBuilder();
            explanation.blockedOptions().forEach((rule, count) -> blocked.add(rule.label(), count));
            out.println(EvaluationPrinter.pretty(Json.createObjectBuilder()
                    .add("section", section.id())
                    .add("placement", placement(explanation.assignment()))
                    .add("students", explanation.students())
                    .add("violations", EvaluationPrinter.violationsJson(explanation.violations()))
                    .add("options", explanation.alternatives().size())
                    .add("feasibleOptions", explanation.feasibleOptions())
                    .add("blockedOptions", blocked)
                    .add("alternatives", alternatives)
                    .add("millis", explanation.millis())
                    .build()));
            return;
        }
        out.printf(Locale.ROOT, "Section %s: %s - %s%s%n", section.id(), section.course().name(), section.subpart().name(),
                section.name().equals(section.id()) ? "" : " (" + section.name() + ")");
        out.printf(Locale.ROOT, "  limit %d, %d student(s) attend, teachers: %s%n", section.limit(), explanation.students(),
                section.teachers().isEmpty() ? "none" : String.join(", ",
                        section.teachers().stream().map(t -> t.id() + " " + t.name()).toList()));
        out.println("  " + describe(explanation.assignment()));
        out.printf(Locale.ROOT, "%nViolations it takes part in (%d):%n", explanation.violations().size());
        printViolations(explanation.violations());
        long feasible = explanation.feasibleOptions();
        out.printf(Locale.ROOT, "%nEvery allowed placement, best first (%d scored in %d ms; %d break no hard rule)."
                + "%nChange of the whole score if the section moved there:%n", explanation.alternatives().size(),
                explanation.millis(), feasible);
        for (Alternative alternative : explanation.alternatives().stream().limit(limit).toList()) {
            boolean current = alternative.time().equals(explanation.assignment().time())
                    && java.util.Objects.equals(alternative.room(), explanation.assignment().room());
            out.printf(Locale.ROOT, "  %s %-34s %-32s %-10s%s%n", current ? "*" : " ", alternative.change().text(true),
                    TimeText.pattern(alternative.time().pattern(), problem.calendar()),
                    alternative.room() == null ? "(no room)" : alternative.room().room().id(),
                    alternative.isFeasible() ? "" : "  blocked by " + blockers(alternative));
        }
        if (explanation.alternatives().size() > limit) {
            out.printf(Locale.ROOT, "  ... and %d more (--limit N shows more); * marks the current placement%n",
                    explanation.alternatives().size() - limit);
        }
        if (!explanation.blockedOptions().isEmpty()) {
            out.println("\nHard rules that rule out placements:");
            explanation.blockedOptions().forEach((rule, count) -> out.printf(Locale.ROOT, "  %-30s %d of %d%n",
                    rule.label(), count, explanation.alternatives().size()));
        }
    }

    private static String blockers(Alternative alternative) {
        return String.join("; ", alternative.blocking().stream().limit(2).map(Violation::message).toList())
                + (alternative.blocking().size() > 2 ? "; ..." : "");
    }

    private JsonObjectBuilder alternative(Alternative alternative) {
        JsonArrayBuilder blocking = Json.createArrayBuilder();
        alternative.blocking().forEach(v -> blocking.add(v.message()));
        return Json.createObjectBuilder()
                .add("time", TimeText.pattern(alternative.time().pattern(), problem.calendar()))
                .add("room", alternative.room() == null ? "" : alternative.room().room().id())
                .add("change", penalty(alternative.change()))
                .add("blocking", blocking);
    }

    void person(PersonExplanation explanation, boolean json) {
        if (json) {
            JsonArrayBuilder week = Json.createArrayBuilder();
            explanation.week().forEach(a -> week.add(Json.createObjectBuilder().add("section", a.section().id())
                    .add("placement", placement(a))));
            out.println(EvaluationPrinter.pretty(Json.createObjectBuilder()
                    .add(explanation.kind(), explanation.id())
                    .add("name", explanation.name())
                    .add("week", week)
                    .add("violations", EvaluationPrinter.violationsJson(explanation.violations()))
                    .build()));
            return;
        }
        out.printf(Locale.ROOT, "%s %s%s: %d section(s)%n", explanation.kind().equals("teacher") ? "Teacher" : "Student",
                explanation.id(), explanation.name().isEmpty() || explanation.name().equals(explanation.id()) ? ""
                        : " (" + explanation.name() + ")", explanation.week().size());
        out.println("\nWeek:");
        for (Assignment assignment : explanation.week()) {
            Section section = assignment.section();
            out.printf(Locale.ROOT, "  %-16s %s - %s: %s%n", section.id(), section.course().name(), section.subpart().name(),
                    describe(assignment));
        }
        out.printf(Locale.ROOT, "%nViolations naming %s (%d):%n", explanation.id(), explanation.violations().size());
        printViolations(explanation.violations());
    }

    private void printViolations(List<Violation> violations) {
        if (violations.isEmpty()) {
            out.println("  none");
        }
        violations.stream().limit(limit).forEach(v -> out.printf(Locale.ROOT, "  %-28s %8d  %s%n", v.rule().label(),
                v.units(), v.message()));
        if (violations.size() > limit) {
            out.printf(Locale.ROOT, "  ... and %d more (--limit N shows more)%n", violations.size() - limit);
        }
    }

    private String describe(Assignment assignment) {
        if (!assignment.hasTime()) {
            return "unplaced: no time";
        }
        Room room = assignment.roomOrNull();
        String when = TimeText.pattern(assignment.time().pattern(), problem.calendar());
        if (room != null) {
            return when + " in " + room.id() + " (" + room.name() + ", " + room.capacity() + " seats)";
        }
        return when + (assignment.section().needsRoom() ? ", unplaced: no room" : ", needs no room");
    }

    private JsonObjectBuilder placement(Assignment assignment) {
        JsonObjectBuilder placement = Json.createObjectBuilder();
        if (assignment.hasTime()) {
            placement.add("time", TimeText.pattern(assignment.time().pattern(), problem.calendar()));
        }
        if (assignment.roomOrNull() != null) {
            placement.add("room", assignment.roomOrNull().id());
        }
        placement.add("teachers", Json.createArrayBuilder(assignment.section().teachers().stream().map(Teacher::id)
                .toList()));
        return placement;
    }
}
