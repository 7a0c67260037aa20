package org.skema.solver.moves;

import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SelectorBasedChangeMove;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.HashSet;
import java.util.Set;
import org.skema.model.DistributionType;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TravelTimes;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.SharedAttendance;
import org.skema.solver.domain.Timetable;

/**
 * For the construction that places a section's time before its room: lets a time through only when
 * one of the section's rooms is still usable then, so that the room step that follows finds one. The
 * score cannot see this while the room is unset: without the filter, construction of the 8,684-section
 * university left 674 decisions open, which took the completion stage minutes to close
 * (benchmarks/RESULTS.md). Checking only that a room is free still left 408 sections with a time and
 * no room: the free rooms were too far for a teacher's previous or next class, or broke a required
 * rule with a room (SameRoom, travel).
 *
 * <p>A room is usable at a time when it is open, nobody else is in it, and the section there would
 * break no rule that depends on its room with the sections already placed: a teacher's travel and the
 * required pairwise rules. The times kept are those with a usable room; when there are none, those with
 * a free room; when there are none either, every time, as without the filter, so that construction
 * never runs out of moves. Timefold asks for one section's times one after another on the same
 * timetable, so the times are sorted out once per section, at the first one asked about.
 */
public final class FreeRoomTimeFilter implements SelectionFilter<Timetable, Move<Timetable>> {
    private Timetable indexed;
    private RoomOccupancy occupancy;
    private ConflictIndex conflicts;
    private PlannedSection current;
    /** The current section's times to try; null for all of them. */
    private Set<TimeOption> kept;

    @Override
    public boolean accept(ScoreDirector<Timetable> scoreDirector, Move<Timetable> move) {
        if (!(move instanceof SelectorBasedChangeMove<Timetable> change)
                || !(change.getEntity() instanceof PlannedSection section)
                || !(change.getToPlanningValue() instanceof TimeOption time)) {
            return true;
        }
        return accepts(scoreDirector.getWorkingSolution(), section, time);
    }

    /** Whether construction may try this time for the section, on this timetable as it is now. */
    boolean accepts(Timetable timetable, PlannedSection section, TimeOption time) {
        if (!section.getSection().needsRoom() || section.getRoomRange().isEmpty()) {
            return true;
        }
        if (section != current) {
            if (timetable != indexed) {
                indexed = timetable;
                occupancy = new RoomOccupancy(timetable.getSections());
                conflicts = ConflictIndex.of(timetable);
            }
            occupancy.sync();
            current = section;
            kept = keptTimes(timetable, section);
        }
        return kept == null || kept.contains(time);
    }

    private Set<TimeOption> keptTimes(Timetable timetable, PlannedSection section) {
        Set<TimeOption> usable = new HashSet<>();
        Set<TimeOption> free = new HashSet<>();
        TravelTimes travel = timetable.getProblem().travel();
        for (TimeOption time : section.getTimeRange()) {
            TimePattern pattern = time.pattern();
            for (RoomOption option : section.getRoomRange()) {
                Room room = option.room();
                if (room.isUnavailableAt(pattern) || !occupancy.isFree(room, pattern, section)) {
                    continue;
                }
                free.add(time);
                if (keepsRoomRules(timetable, section, pattern, room, travel)) {
                    usable.add(time);
                    break;
                }
            }
        }
        return !usable.isEmpty() ? usable : !free.isEmpty() ? free : null;
    }

    /** No teacher too far to come from or go to a placed class, and no required pairwise rule broken. */
    private boolean keepsRoomRules(Timetable timetable, PlannedSection section, TimePattern pattern, Room room,
            TravelTimes travel) {
        int self = section.getIndex();
        for (SharedAttendance shared : conflicts.teacherPartners(self)) {
            PlannedSection other = timetable.getSections().get(
                    shared.first().index() == self ? shared.second().index() : shared.first().index());
            if (other.hasTime() && !DistributionType.canAttendBoth(pattern, room, other.pattern(), other.roomOrNull(),
                    shared.travel())) {
                return false;
            }
        }
        for (ConflictIndex.PairPartner partner : conflicts.requiredPairs(self)) {
            PlannedSection other = timetable.getSections().get(partner.other().index());
            if (!other.hasTime()) {
                continue;
            }
            boolean satisfied = partner.selfFirst()
                    ? partner.distribution().pairSatisfied(pattern, room, other.pattern(), other.roomOrNull(), travel)
                    : partner.distribution().pairSatisfied(other.pattern(), other.roomOrNull(), pattern, room, travel);
            if (!satisfied) {
                return false;
            }
        }
        return true;
    }
}
