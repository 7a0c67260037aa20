package org.skema.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.evaluate.Violation;
import org.skema.model.Assignment;
import org.skema.model.Distribution;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.TimeOption;

/**
 * Scores every allowed time x room of one section with the Evaluator itself, so that the changes
 * are exact by construction. To make that fast it scores a {@link Neighbourhood} per candidate
 * room instead of the whole solution: the sections that can share a rule term with the section
 * (its teachers' sections, its distributions' sections, its students' sections, and the sections
 * in its current and in the candidate room), its distributions and its students. Every rule term
 * that involves the section depends only on those, and every other term of the copy is the same
 * before and after the move, so a score difference of the copy equals that of the whole solution.
 */
public final class Alternatives {
    private final Evaluator evaluator = new Evaluator();

    /** Every placement, best change first (hard, then open, then soft). */
    public List<Alternative> of(Solution solution, Section section) {
        ObjectiveWeights weights = solution.problem().weights();
        Set<Section> base = new HashSet<>(List.of(section));
        for (List<Section> sections : solution.enrolments()) {
            if (sections.contains(section)) {
                base.addAll(sections);
            }
        }
        for (Section other : solution.problem().sections()) {
            if (other.teachers().stream().anyMatch(section.teachers()::contains)) {
                base.add(other);
            }
        }
        for (Distribution distribution : solution.problem().distributions()) {
            if (distribution.sections().contains(section)) {
                base.addAll(distribution.sections());
            }
        }
        Map<Room, List<Section>> byRoom = new HashMap<>();
        for (Assignment assignment : solution.assignments()) {
            if (assignment.hasTime() && assignment.roomOrNull() != null) {
                byRoom.computeIfAbsent(assignment.roomOrNull(), r -> new ArrayList<>()).add(assignment.section());
            }
        }
        Room current = solution.assignment(section).roomOrNull();
        List<RoomOption> rooms = section.needsRoom() ? section.rooms() : Arrays.asList((RoomOption) null);
        List<Alternative> alternatives = new ArrayList<>(section.times().size() * rooms.size());
        for (RoomOption room : rooms) {
            Set<Section> keep = new HashSet<>(base);
            keep.addAll(byRoom.getOrDefault(current, List.of()));
            if (room != null) {
                keep.addAll(byRoom.getOrDefault(room.room(), List.of()));
            }
            Neighbourhood around = Neighbourhood.around(solution, section, keep);
            Solution copy = around.solution();
            Section moved = around.section();
            RoomOption roomCopy = around.copy(room);
            Penalty before = Penalty.sum(evaluator.evaluate(copy).violations(), weights);
            Assignment[] assignments = copy.assignments().toArray(Assignment[]::new);
            for (TimeOption time : section.times()) {
                assignments[moved.index()] = new Assignment(moved, time, roomCopy);
                Evaluation after = evaluator.evaluate(new Solution(copy.problem(), Arrays.asList(assignments),
                        copy.enrolments()));
                List<Violation> blocking = after.violations().stream()
                        .filter(v -> v.rule().level() == Rule.Level.HARD && v.sections().contains(moved)).toList();
                alternatives.add(new Alternative(time, room, Penalty.sum(after.violations(), weights).minus(before),
                        blocking));
            }
        }
        alternatives.sort(Comparator.comparing(Alternative::change));
        return alternatives;
    }
}
