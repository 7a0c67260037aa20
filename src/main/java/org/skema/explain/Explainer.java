package org.skema.explain;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Teacher;

/** Explains a solution from the Evaluator's violations; every number here is the Evaluator's. */
public final class Explainer {
    private final Evaluation evaluation;

    public Explainer(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public Explainer(Solution solution) {
        this(new Evaluator().evaluate(solution));
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public Overview overview(int limit) {
        return Overview.of(evaluation, limit);
    }

    public SectionExplanation section(Section section) {
        Solution solution = evaluation.solution();
        long start = System.nanoTime();
        List<Alternative> alternatives = new Alternatives().of(solution, section);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<Rule, Integer> blocked = new EnumMap<>(Rule.class);
        for (Alternative alternative : alternatives) {
            alternative.blocking().stream().map(Violation::rule).distinct().forEach(rule -> blocked.merge(rule, 1, Integer::sum));
        }
        int students = solution.enrolments().counts(solution.problem())[section.index()];
        List<Violation> violations = evaluation.violations().stream().filter(v -> v.sections().contains(section)).toList();
        return new SectionExplanation(section, solution.assignment(section), students, violations, alternatives, blocked,
                millis);
    }

    /** The first {@code limit} unplaced sections, each with the hard rules that rule out its placements. */
    public List<SectionExplanation> unplaced(int limit) {
        return evaluation.violations(Rule.UNPLACED_SECTION).stream().flatMap(v -> v.sections().stream()).distinct()
                .limit(limit).map(this::section).toList();
    }

    public PersonExplanation teacher(Teacher teacher) {
        List<Section> sections = evaluation.solution().problem().sections().stream()
                .filter(s -> s.teachers().contains(teacher)).toList();
        return person("teacher", teacher.id(), teacher.name(), sections);
    }

    public PersonExplanation student(Student student) {
        return person("student", student.id(), student.group(), evaluation.solution().enrolment(student));
    }

    private PersonExplanation person(String kind, String id, String name, List<Section> sections) {
        Solution solution = evaluation.solution();
        List<Assignment> week = sections.stream().map(solution::assignment).sorted(WEEK_ORDER).toList();
        List<Violation> violations = evaluation.violations().stream().filter(v -> v.people().contains(id)).toList();
        return new PersonExplanation(kind, id, name, week, violations);
    }

    /** Placed sections by first day, start and id; sections without a time last. */
    public static final Comparator<Assignment> WEEK_ORDER = Comparator
            .comparing((Assignment a) -> !a.hasTime())
            .thenComparingInt(a -> a.hasTime() ? a.time().pattern().firstDay() : 0)
            .thenComparingInt(a -> a.hasTime() ? a.time().pattern().start() : 0)
            .thenComparing(a -> a.section().id());
}
