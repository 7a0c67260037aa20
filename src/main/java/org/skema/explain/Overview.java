package org.skema.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Violation;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Section;

/**
 * A solution's verdict with its worst offenders: the sections, teachers and students taking part
 * in the most penalty (hard first, then open decisions, then soft).
 */
public record Overview(Evaluation evaluation, List<Offender> sections, List<Offender> teachers, List<Offender> students) {

    public static Overview of(Evaluation evaluation, int limit) {
        Problem problem = evaluation.solution().problem();
        ObjectiveWeights weights = problem.weights();
        Map<String, Tally> sections = new HashMap<>();
        Map<String, Tally> teachers = new HashMap<>();
        Map<String, Tally> students = new HashMap<>();
        for (Violation violation : evaluation.violations()) {
            Penalty penalty = Penalty.of(violation, weights);
            for (Section section : violation.sections()) {
                sections.computeIfAbsent(section.id(), k -> new Tally()).add(penalty);
            }
            for (String person : violation.people()) {
                // Student and teacher ids are separate id spaces; a teacher's id wins in the rare clash.
                Map<String, Tally> into = problem.teacher(person) != null ? teachers : students;
                into.computeIfAbsent(person, k -> new Tally()).add(penalty);
            }
        }
        return new Overview(evaluation,
                worst(sections, limit, id -> problem.section(id).name()),
                worst(teachers, limit, id -> problem.teacher(id).name()),
                worst(students, limit, id -> problem.student(id) == null ? id : problem.student(id).group()));
    }

    /** The verdict in one line. */
    public Headline headline() {
        return Headline.of(evaluation);
    }

    private static List<Offender> worst(Map<String, Tally> tallies, int limit, Function<String, String> name) {
        List<Offender> offenders = new ArrayList<>();
        tallies.forEach((id, tally) -> offenders.add(new Offender(id, name.apply(id), tally.penalty, tally.count)));
        offenders.sort(Comparator.comparing(Offender::penalty).reversed().thenComparing(Offender::id));
        return offenders.subList(0, Math.min(limit, offenders.size()));
    }

    private static final class Tally {
        Penalty penalty = Penalty.ZERO;
        int count;

        void add(Penalty more) {
            penalty = penalty.plus(more);
            count++;
        }
    }
}
