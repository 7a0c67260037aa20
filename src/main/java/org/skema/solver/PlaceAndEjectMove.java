package org.skema.solver;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;

/**
 * Puts a section at a time and room and unassigns the sections that would clash with it there
 * (same room, shared teacher, required pairwise rule). Trading one unplaced section for another
 * costs nothing on the medium level, so local search can walk ejection chains towards a complete
 * timetable instead of waiting for a free slot to appear.
 */
record PlaceAndEjectMove(PlanningVariableMetaModel<Timetable, PlannedSection, TimeOption> timeVariable,
        PlanningVariableMetaModel<Timetable, PlannedSection, RoomOption> roomVariable, PlannedSection target,
        TimeOption time, RoomOption room, List<PlannedSection> ejected) implements Move<Timetable> {

    @Override
    public void execute(MutableSolutionView<Timetable> view) {
        for (PlannedSection section : ejected) {
            view.changeVariable(timeVariable, section, null);
            view.changeVariable(roomVariable, section, null);
        }
        view.changeVariable(timeVariable, target, time);
        view.changeVariable(roomVariable, target, room);
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> entities = new ArrayList<>(ejected.size() + 1);
        entities.add(target);
        entities.addAll(ejected);
        return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(2);
        values.add(time);
        if (room != null) {
            values.add(room);
        }
        return values;
    }

    @Override
    public String describe() {
        return "PlaceAndEject";
    }

    @Override
    public String toString() {
        return target + " -> " + time.pattern() + (room == null ? "" : " " + room.room()) + " ejecting " + ejected;
    }
}
