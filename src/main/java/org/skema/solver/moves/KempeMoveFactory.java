package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Generates Kempe-chain moves: a section goes from its time to another, the sections sharing a
 * teacher or curriculum with it there come back to its old time, and so on until the chain closes,
 * so no teacher or curriculum clash appears however many sections move. A section of the chain whose
 * room is taken at its new time gets a free room. Only chains of sections at exactly the two times
 * are built (as in ITC 2007's periods); anything else is left to the other moves.
 */
public final class KempeMoveFactory extends SampledMoveFactory {
    private static final int MAX_CHAIN = 24;

    @Override
    boolean canStartFrom(PlannedSection section) {
        return section.isPlaced() && !section.isTimeLocked();
    }

    @Override
    PlaceAndEjectMove sample(PlacementView view, PlannedSection start, RandomGenerator random) {
        List<TimeOption> times = start.getTimeRange();
        return chain(view, start, times.get(random.nextInt(times.size())).pattern(), random);
    }

    @Override
    List<PlaceAndEjectMove> allMovesFrom(PlacementView view, PlannedSection section) {
        List<PlaceAndEjectMove> moves = new ArrayList<>();
        // Fixed choices of free rooms, so the same timetable always gives the same moves.
        RandomGenerator fixed = new Random(section.getIndex());
        for (TimeOption time : section.getTimeRange()) {
            PlaceAndEjectMove move = chain(view, section, time.pattern(), fixed);
            if (move != null) {
                moves.add(move);
            }
        }
        return moves;
    }

    /** The Kempe chain that moves this section to that time, or null if there is none (for tests). */
    PlaceAndEjectMove chain(Timetable timetable, PlannedSection start, TimePattern to, RandomGenerator random) {
        return chain(planning.view(timetable), start, to, random);
    }

    private PlaceAndEjectMove chain(PlacementView view, PlannedSection start, TimePattern to, RandomGenerator random) {
        TimePattern from = start.pattern();
        if (from.overlaps(to)) {
            return null;
        }
        // Each chain member and the time it moves to, in the order found.
        Map<PlannedSection, TimePattern> moving = new LinkedHashMap<>();
        List<PlannedSection> queue = new ArrayList<>();
        moving.put(start, to);
        queue.add(start);
        for (int next = 0; next < queue.size(); next++) {
            PlannedSection member = queue.get(next);
            TimePattern target = moving.get(member);
            TimePattern back = target.equals(to) ? from : to;
            for (Section partner : planning.conflicts().peoplePartners(member.getIndex())) {
                PlannedSection other = view.sections.get(partner.index());
                if (moving.containsKey(other) || !other.hasTime() || !other.pattern().overlaps(target)) {
                    continue;
                }
                if (!other.pattern().equals(target) || other.isLocked() || other.isTimeLocked()
                        || moving.size() >= MAX_CHAIN) {
                    return null;
                }
                moving.put(other, back);
                queue.add(other);
            }
        }
        view.clearPlan();
        for (Map.Entry<PlannedSection, TimePattern> entry : moving.entrySet()) {
            TimeOption option = optionAt(entry.getKey(), entry.getValue());
            if (option == null) {
                return null;
            }
            view.plan(entry.getKey(), new PlacementView.Placement(option, entry.getKey().getRoom()));
        }
        for (PlannedSection member : moving.keySet()) {
            PlacementView.Placement placement = view.plannedChanges().get(member);
            Room room = member.roomOrNull();
            if (room == null) {
                continue;
            }
            TimePattern time = placement.time().pattern();
            if (!room.isUnavailableAt(time) && view.roomClashes(member, time, room).isEmpty()) {
                continue;
            }
            RoomOption free = member.isRoomLocked() ? null : view.freeRoom(member, time, planning.siblings(member), random);
            if (free == null) {
                return null;
            }
            view.plan(member, new PlacementView.Placement(placement.time(), free));
        }
        return view.plannedMove();
    }

    private static TimeOption optionAt(PlannedSection section, TimePattern pattern) {
        for (TimeOption option : section.getTimeRange()) {
            if (option.pattern().equals(pattern)) {
                return option;
            }
        }
        return null;
    }
}
