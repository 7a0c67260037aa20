package org.skema.solver;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.GenuineEntityMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.skema.model.DistributionType;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Generates {@link PlaceAndEjectMove}s: mostly for unplaced sections, at a random allowed time, in
 * the allowed room that ejects the fewest sections. Timefold asks for a new iterator every step, and
 * the working solution is the same for every move of a step, so each iterator takes one snapshot of
 * where sections are.
 */
public final class PlaceAndEjectMoveFactory implements MoveIteratorFactory<Timetable, Move<Timetable>> {
    private static final double UNPLACED_PREFERENCE = 0.9;

    private static final PlanningSolutionMetaModel<Timetable> META_MODEL =
            PlanningSolutionMetaModel.of(Timetable.class, PlannedSection.class);
    private static final GenuineEntityMetaModel<Timetable, PlannedSection> ENTITY =
            META_MODEL.genuineEntity(PlannedSection.class);
    private static final PlanningVariableMetaModel<Timetable, PlannedSection, TimeOption> TIME = ENTITY.basicVariable("time");
    private static final PlanningVariableMetaModel<Timetable, PlannedSection, RoomOption> ROOM = ENTITY.basicVariable("room");

    private Timetable indexed;
    private ConflictIndex index;

    @Override
    public long getSize(ScoreDirector<Timetable> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSections().size();
    }

    @Override
    public Iterator<Move<Timetable>> createOriginalMoveIterator(ScoreDirector<Timetable> scoreDirector) {
        Snapshot snapshot = snapshot(scoreDirector.getWorkingSolution());
        List<Move<Timetable>> moves = new ArrayList<>();
        for (PlannedSection section : snapshot.movable) {
            for (TimeOption time : section.getTimeRange()) {
                Move<Timetable> move = snapshot.moveTo(section, time, null);
                if (move != null) {
                    moves.add(move);
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<Move<Timetable>> createRandomMoveIterator(ScoreDirector<Timetable> scoreDirector,
            RandomGenerator random) {
        Snapshot snapshot = snapshot(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !snapshot.movable.isEmpty();
            }

            @Override
            public Move<Timetable> next() {
                Move<Timetable> move = null;
                while (move == null) {
                    move = snapshot.randomMove(random);
                }
                return move;
            }
        };
    }

    private Snapshot snapshot(Timetable timetable) {
        if (indexed != timetable) {
            indexed = timetable;
            index = ConflictIndex.of(timetable);
        }
        return new Snapshot(timetable, index);
    }

    /** Where the sections are at the start of a step. */
    private static final class Snapshot {
        final List<PlannedSection> sections;
        final List<PlannedSection> movable = new ArrayList<>();
        final List<PlannedSection> unplaced = new ArrayList<>();
        final Map<Room, List<PlannedSection>> byRoom = new HashMap<>();
        final ConflictIndex index;

        Snapshot(Timetable timetable, ConflictIndex index) {
            this.index = index;
            this.sections = timetable.getSections();
            for (PlannedSection section : sections) {
                if (section.isPinned() || section.getTimeRange().isEmpty()
                        || (section.getSection().needsRoom() && section.getRoomRange().isEmpty())) {
                    continue;
                }
                movable.add(section);
                if (!section.isPlaced()) {
                    unplaced.add(section);
                }
            }
            for (PlannedSection section : sections) {
                if (section.hasTimeAndRoom()) {
                    byRoom.computeIfAbsent(section.roomOrNull(), r -> new ArrayList<>()).add(section);
                }
            }
        }

        Move<Timetable> randomMove(RandomGenerator random) {
            List<PlannedSection> pool = !unplaced.isEmpty() && random.nextDouble() < UNPLACED_PREFERENCE ? unplaced : movable;
            PlannedSection target = pool.get(random.nextInt(pool.size()));
            List<TimeOption> times = target.getTimeRange();
            return moveTo(target, times.get(random.nextInt(times.size())), random);
        }

        /** The move putting target at time in its least disruptive room; null if nothing would change. */
        Move<Timetable> moveTo(PlannedSection target, TimeOption time, RandomGenerator random) {
            List<PlannedSection> teacherAndRuleClashes = clashesIgnoringRoom(target, time);
            if (!target.getSection().needsRoom()) {
                if (time.equals(target.getTime()) || teacherAndRuleClashes.stream().anyMatch(PlannedSection::isLocked)) {
                    return null;
                }
                return new PlaceAndEjectMove(TIME, ROOM, target, time, null, teacherAndRuleClashes);
            }
            List<PlannedSection> best = null;
            RoomOption bestRoom = null;
            int ties = 0;
            for (RoomOption room : target.getRoomRange()) {
                if (room.room().isUnavailableAt(time.pattern())) {
                    continue;
                }
                List<PlannedSection> ejected = new ArrayList<>(teacherAndRuleClashes);
                addRoomClashes(target, time, room.room(), ejected);
                if (ejected.stream().anyMatch(PlannedSection::isLocked)) {
                    continue;
                }
                int compare = best == null ? -1 : Integer.compare(ejected.size(), best.size());
                if (compare < 0) {
                    best = ejected;
                    bestRoom = room;
                    ties = 1;
                } else if (compare == 0 && random != null && random.nextInt(++ties) == 0) {
                    best = ejected;
                    bestRoom = room;
                }
            }
            if (bestRoom == null || (time.equals(target.getTime()) && bestRoom.equals(target.getRoom()))) {
                return null;
            }
            return new PlaceAndEjectMove(TIME, ROOM, target, time, bestRoom, best);
        }

        private List<PlannedSection> clashesIgnoringRoom(PlannedSection target, TimeOption time) {
            List<PlannedSection> clashes = new ArrayList<>();
            TimePattern pattern = time.pattern();
            int self = target.getIndex();
            for (SharedAttendance shared : index.teacherPartners(self)) {
                PlannedSection other = sections.get(shared.first().index() == self ? shared.second().index()
                        : shared.first().index());
                // The room is not chosen yet, so travel is not counted here; the score still counts it.
                if (other.hasTime() && !DistributionType.canAttendBoth(pattern, null, other.pattern(), null,
                        shared.travel())) {
                    addOnce(clashes, other);
                }
            }
            for (DistributionPair pair : index.requiredPairs(self)) {
                boolean first = pair.first().index() == self;
                PlannedSection other = sections.get(first ? pair.second().index() : pair.first().index());
                if (!other.hasTime()) {
                    continue;
                }
                boolean satisfied = first
                        ? pair.distribution().pairSatisfied(pattern, null, other.pattern(), other.roomOrNull(), pair.travel())
                        : pair.distribution().pairSatisfied(other.pattern(), other.roomOrNull(), pattern, null, pair.travel());
                if (!satisfied) {
                    addOnce(clashes, other);
                }
            }
            return clashes;
        }

        private void addRoomClashes(PlannedSection target, TimeOption time, Room room, List<PlannedSection> into) {
            for (PlannedSection other : byRoom.getOrDefault(room, List.of())) {
                if (other != target && other.pattern().overlaps(time.pattern())) {
                    addOnce(into, other);
                }
            }
        }

        private static void addOnce(List<PlannedSection> list, PlannedSection section) {
            if (!list.contains(section)) {
                list.add(section);
            }
        }
    }
}
