package org.skema.solver.moves;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * For the construction that places a section's time before its room: lets a time through only when
 * one of the section's rooms is still free then, unless no time of the section has a free room (then
 * every time, as without the filter, so that construction never runs out of moves). The score cannot
 * see this while the room is unset, so without the filter construction chose times whose rooms were
 * all taken and left those sections without a room: on the 8,684-section university 337 sections,
 * which took the completion stage minutes to place (benchmarks/RESULTS.md).
 *
 * <p>Timefold asks for each section's times one after another on the same timetable, so the room index
 * is synced once per section, when a new section's first time is asked about.
 */
public final class FreeRoomTimeFilter implements SelectionFilter<Timetable, Move<Timetable>> {
    private Timetable indexed;
    private RoomOccupancy occupancy;
    private PlannedSection current;
    private boolean anyFree;

    @Override
    public boolean accept(ScoreDirector<Timetable> scoreDirector, Move<Timetable> move) {
        if (!(move instanceof SelectorBasedChangeMove<Timetable> change)
                || !(change.getEntity() instanceof PlannedSection section)
                || !(change.getToPlanningValue() instanceof TimeOption time)
                || !section.getSection().needsRoom() || section.getRoomRange().isEmpty()) {
            return true;
        }
        return accepts(scoreDirector.getWorkingSolution(), section, time);
    }

    /** Whether construction may try this time for the section, on this timetable as it is now. */
    boolean accepts(Timetable timetable, PlannedSection section, TimeOption time) {
        if (section != current) {
            if (timetable != indexed) {
                indexed = timetable;
                occupancy = new RoomOccupancy(timetable.getSections());
            }
            occupancy.sync();
            current = section;
            anyFree = section.getTimeRange().stream().anyMatch(option -> hasFreeRoom(section, option.pattern()));
        }
        return !anyFree || hasFreeRoom(section, time.pattern());
    }

    private boolean hasFreeRoom(PlannedSection section, TimePattern time) {
        for (RoomOption room : section.getRoomRange()) {
            if (!room.room().isUnavailableAt(time) && occupancy.isFree(room.room(), time, section)) {
                return true;
            }
        }
        return false;
    }
}
