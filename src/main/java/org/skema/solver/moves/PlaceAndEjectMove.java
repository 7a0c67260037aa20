package org.skema.solver.moves;

import ai.timefold.solver.core.preview.api.domain.metamodel.GenuineEntityMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Puts a section at a time and room, unassigns the sections that would clash with it there (same
 * room, shared teacher or curriculum, required rule), and re-places those of them that fit elsewhere
 * without clashing. Trading unplaced sections costs nothing on the medium level, so local search can
 * walk ejection chains towards a complete timetable instead of waiting for a free slot to appear.
 * Kempe chains and room swaps are lists of changes too, and use the same move.
 */
record PlaceAndEjectMove(PlanningVariableMetaModel<Timetable, PlannedSection, TimeOption> timeVariable,
        PlanningVariableMetaModel<Timetable, PlannedSection, RoomOption> roomVariable, List<Change> changes)
        implements Move<Timetable> {

    private static final GenuineEntityMetaModel<Timetable, PlannedSection> ENTITY =
            PlanningSolutionMetaModel.of(Timetable.class, PlannedSection.class).genuineEntity(PlannedSection.class);
    private static final PlanningVariableMetaModel<Timetable, PlannedSection, TimeOption> TIME = ENTITY.basicVariable("time");
    private static final PlanningVariableMetaModel<Timetable, PlannedSection, RoomOption> ROOM = ENTITY.basicVariable("room");

    /** Changes nothing: what a move factory returns when it found no move worth trying. */
    static final PlaceAndEjectMove NONE = of(List.of());

    /** One section's new time and room; both null unassigns it. */
    record Change(PlannedSection section, TimeOption time, RoomOption room) {
    }

    static PlaceAndEjectMove of(List<Change> changes) {
        return new PlaceAndEjectMove(TIME, ROOM, changes);
    }

    /** How many sections lose their place without getting a new one. */
    int ejected() {
        return (int) changes.stream().filter(change -> change.time() == null).count();
    }

    @Override
    public void execute(MutableSolutionView<Timetable> view) {
        for (Change change : changes) {
            view.changeVariable(timeVariable, change.section(), change.time());
            view.changeVariable(roomVariable, change.section(), change.room());
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(changes.size());
        changes.forEach(change -> entities.add(change.section()));
        return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (Change change : changes) {
            if (change.time() != null) {
                values.add(change.time());
            }
            if (change.room() != null) {
                values.add(change.room());
            }
        }
        return values;
    }

    @Override
    public String describe() {
        return "PlaceAndEject";
    }

    @Override
    public String toString() {
        return changes.toString();
    }
}
