package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Generates room swaps at one time: a section takes another allowed room and the section meeting
 * there at exactly the same time takes its room. Half the time the new room is one that another
 * section of the same course uses, so a course can gather in one room (room stability) even when
 * every room is busy, which plain room changes cannot do.
 */
public final class RoomSwapMoveFactory extends SampledMoveFactory {
    @Override
    boolean canStartFrom(PlannedSection section) {
        return section.hasTimeAndRoom() && !section.isRoomLocked() && section.getRoomRange().size() > 1;
    }

    @Override
    PlaceAndEjectMove sample(PlacementView view, PlannedSection section, RandomGenerator random) {
        Room target = random.nextBoolean() ? courseRoom(section, random) : null;
        if (target == null) {
            List<RoomOption> rooms = section.getRoomRange();
            target = rooms.get(random.nextInt(rooms.size())).room();
        }
        return swap(view, section, target);
    }

    @Override
    List<PlaceAndEjectMove> allMovesFrom(PlacementView view, PlannedSection section) {
        List<PlaceAndEjectMove> moves = new ArrayList<>();
        for (RoomOption room : section.getRoomRange()) {
            PlaceAndEjectMove move = swap(view, section, room.room());
            if (move != null) {
                moves.add(move);
            }
        }
        return moves;
    }

    /** The section into that room, swapping with the one there at the same time; null if impossible (for tests). */
    PlaceAndEjectMove swap(Timetable timetable, PlannedSection section, Room target) {
        return swap(planning.view(timetable), section, target);
    }

    private static PlaceAndEjectMove swap(PlacementView view, PlannedSection section, Room target) {
        Room own = section.roomOrNull();
        RoomOption targetOption = RoomOptions.of(section, target);
        if (target == own || targetOption == null || section.isLocked() || section.isRoomLocked()
                || target.isUnavailableAt(section.pattern())) {
            return null;
        }
        List<PlannedSection> there = view.roomClashes(section, section.pattern(), target);
        List<PlaceAndEjectMove.Change> changes = new ArrayList<>(2);
        changes.add(new PlaceAndEjectMove.Change(section, section.getTime(), targetOption));
        if (!there.isEmpty()) {
            if (there.size() > 1) {
                return null;
            }
            PlannedSection other = there.get(0);
            RoomOption ownOption = RoomOptions.of(other, own);
            if (ownOption == null || other.isRoomLocked() || other.isLocked()
                    || !other.pattern().equals(section.pattern()) || own.isUnavailableAt(other.pattern())) {
                return null;
            }
            changes.add(new PlaceAndEjectMove.Change(other, other.getTime(), ownOption));
        }
        return PlaceAndEjectMove.of(changes);
    }

    /** The room of another placed section of the same course, if there is one. */
    private Room courseRoom(PlannedSection section, RandomGenerator random) {
        List<PlannedSection> siblings = planning.siblings(section);
        PlannedSection sibling = siblings.get(random.nextInt(siblings.size()));
        return sibling == section ? null : sibling.roomOrNull();
    }
}
