package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.skema.model.Calendar;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TravelTimes;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.SharedAttendance;
import org.skema.solver.domain.Timetable;

/**
 * Where sections are at the start of a step, plus planned changes on top, and which sections a
 * placement would clash with under the rules that placing can break directly: same room, shared
 * teacher or curriculum, required pairwise and group rules. Move factories plan ejection chains and
 * Kempe chains on it without touching the working solution.
 */
final class PlacementView {
    /** A planned placement; both null means unassigned. */
    record Placement(TimeOption time, RoomOption room) {
        static final Placement NONE = new Placement(null, null);

        Room roomOrNull() {
            return room == null ? null : room.room();
        }
    }

    /**
     * A place for a section and what it would eject; {@code cost} is the number ejected, with a section
     * that has a single possible place counting {@link #ONE_PLACE_COST} when the target has several.
     */
    record Candidate(TimeOption time, RoomOption room, List<PlannedSection> clashes, int cost) {
    }

    /**
     * A one-place section can only come back to the place it held, ejecting the target in turn, so it
     * is ejected only where every place tried would eject one. Allowed freely, such ejections kept a
     * one-place class of muni-fsps-spr17 unplaced for a whole run; forbidden outright, bet-fal17 ended
     * with 23 hard violations (it has stayed incomplete for seed 1 with this cost too, and with the
     * code before either rule, so that is not the only cause: benchmarks/RESULTS.md).
     */
    static final int ONE_PLACE_COST = 100;

    final List<PlannedSection> sections;
    final List<PlannedSection> movable;
    final List<PlannedSection> unplaced = new ArrayList<>();
    private final RoomOccupancy occupancy;
    private boolean occupancySynced;
    private final Map<PlannedSection, Placement> planned = new LinkedHashMap<>();
    private final ConflictIndex index;
    private final TravelTimes travel;
    private final Calendar calendar;

    PlacementView(Timetable timetable, ConflictIndex index) {
        this(timetable, index, movable(timetable), new RoomOccupancy(timetable.getSections()));
    }

    /**
     * A view over sections known to be movable (as {@link #movable(Timetable)} finds them), with a room
     * index of this timetable that the view brings up to date on its first room question.
     */
    PlacementView(Timetable timetable, ConflictIndex index, List<PlannedSection> movable, RoomOccupancy occupancy) {
        this.index = index;
        this.occupancy = occupancy;
        this.travel = timetable.getProblem().travel();
        this.calendar = timetable.getProblem().calendar();
        this.sections = timetable.getSections();
        this.movable = movable;
        for (PlannedSection section : movable) {
            if (!section.isPlaced()) {
                unplaced.add(section);
            }
        }
    }

    /** The sections local search may change: not locked, with a time and (if needed) a room to choose. */
    static List<PlannedSection> movable(Timetable timetable) {
        List<PlannedSection> movable = new ArrayList<>();
        for (PlannedSection section : timetable.getSections()) {
            if (isMovable(section)) {
                movable.add(section);
            }
        }
        return List.copyOf(movable);
    }

    /** Not locked, with a time and (if needed) a room to choose. */
    static boolean isMovable(PlannedSection section) {
        return !section.isLocked() && !section.getTimeRange().isEmpty()
                && (!section.getSection().needsRoom() || !section.getRoomRange().isEmpty());
    }

    /** Sections in this room by day (each day they meet), synced on the first room question: most steps never ask one. */
    private List<List<PlannedSection>> roomDays(Room room) {
        if (!occupancySynced) {
            occupancy.sync();
            occupancySynced = true;
        }
        return occupancy.days(room);
    }

    /** Travel times between rooms, for rules that test whether one can attend two sections. */
    TravelTimes travel() {
        return travel;
    }

    void clearPlan() {
        planned.clear();
    }

    void plan(PlannedSection section, Placement placement) {
        planned.put(section, placement);
    }

    /** The planned changes as one move, in the order they were planned. */
    PlaceAndEjectMove plannedMove() {
        List<PlaceAndEjectMove.Change> changes = new ArrayList<>(planned.size());
        planned.forEach((section, placement) ->
                changes.add(new PlaceAndEjectMove.Change(section, placement.time(), placement.room())));
        return PlaceAndEjectMove.of(changes);
    }

    /** The planned changes, in the order they were planned. */
    Map<PlannedSection, Placement> plannedChanges() {
        return planned;
    }

    private TimePattern timeOf(PlannedSection section) {
        Placement change = planned.get(section);
        if (change != null) {
            return change.time() == null ? null : change.time().pattern();
        }
        return section.hasTime() ? section.pattern() : null;
    }

    private Room roomOf(PlannedSection section) {
        Placement change = planned.get(section);
        return change != null ? change.roomOrNull() : section.roomOrNull();
    }

    /** The room with the fewest clashes at this time (ties broken at random); null if no room can be used. */
    Candidate bestRoom(PlannedSection target, TimeOption time, RandomGenerator random) {
        List<PlannedSection> peopleAndRules = clashesIgnoringRoom(target, time.pattern());
        if (peopleAndRules.stream().anyMatch(PlannedSection::isLocked)) {
            return null;
        }
        if (!target.getSection().needsRoom()) {
            return new Candidate(time, null, peopleAndRules, cost(peopleAndRules, target));
        }
        Candidate best = null;
        int ties = 0;
        for (RoomOption room : target.getRoomRange()) {
            if (room.room().isUnavailableAt(time.pattern())) {
                continue;
            }
            List<PlannedSection> clashes = new ArrayList<>(peopleAndRules);
            addRoomClashes(target, time.pattern(), room.room(), clashes);
            if (clashes.stream().anyMatch(PlannedSection::isLocked)) {
                continue; // room clashes only: people and rules were checked above
            }
            int cost = cost(clashes, target);
            int compare = best == null ? -1 : Integer.compare(cost, best.cost());
            if (compare < 0) {
                best = new Candidate(time, room, clashes, cost);
                ties = 1;
            } else if (compare == 0 && random != null && random.nextInt(++ties) == 0) {
                best = new Candidate(time, room, clashes, cost);
            }
        }
        return best;
    }

    /** What ejecting these sections to place the target costs (see {@link Candidate}). */
    static int cost(List<PlannedSection> clashes, PlannedSection target) {
        int cost = 0;
        for (PlannedSection clash : clashes) {
            cost += clash.placements() == 1 && target.placements() > 1 ? ONE_PLACE_COST : 1;
        }
        return cost;
    }

    /**
     * What placing the target at this time in this room (null for none) would clash with: people,
     * required rules and the room. Unlike {@link #bestRoom} it keeps the room the caller chose.
     */
    List<PlannedSection> clashesAt(PlannedSection target, TimePattern time, Room room) {
        List<PlannedSection> clashes = clashesIgnoringRoom(target, time);
        if (room != null) {
            addRoomClashes(target, time, room, clashes);
        }
        return clashes;
    }

    private List<PlannedSection> clashesIgnoringRoom(PlannedSection target, TimePattern pattern) {
        List<PlannedSection> clashes = new ArrayList<>();
        int self = target.getIndex();
        for (SharedAttendance shared : index.teacherPartners(self)) {
            PlannedSection other = sections.get(shared.first().index() == self ? shared.second().index()
                    : shared.first().index());
            TimePattern otherTime = timeOf(other);
            // Rooms may still change, so travel is not counted here; the score still counts it.
            if (otherTime != null && !DistributionType.canAttendBoth(pattern, null, otherTime, null, shared.travel())) {
                addOnce(clashes, other);
            }
        }
        for (Section partner : index.curriculumPartners(self)) {
            PlannedSection other = sections.get(partner.index());
            TimePattern otherTime = timeOf(other);
            if (otherTime != null && otherTime.overlaps(pattern)) {
                addOnce(clashes, other);
            }
        }
        for (ConflictIndex.PairPartner partner : index.requiredPairs(self)) {
            PlannedSection other = sections.get(partner.other().index());
            TimePattern otherTime = timeOf(other);
            if (otherTime == null) {
                continue;
            }
            Room otherRoom = roomOf(other);
            boolean satisfied = partner.selfFirst()
                    ? partner.distribution().pairSatisfied(pattern, null, otherTime, otherRoom, travel)
                    : partner.distribution().pairSatisfied(otherTime, otherRoom, pattern, null, travel);
            if (!satisfied) {
                addOnce(clashes, other);
            }
        }
        for (Distribution group : index.requiredGroups(self)) {
            addGroupClashes(target, pattern, group, clashes);
        }
        return clashes;
    }

    /**
     * For a required group rule (MaxDays, MaxBlock, ...) that the target at this time would break:
     * the fewest members, chosen greedily, whose removal satisfies it again. Members already ejected
     * for another reason do not count.
     */
    private void addGroupClashes(PlannedSection target, TimePattern pattern, Distribution group,
            List<PlannedSection> clashes) {
        List<PlannedSection> others = new ArrayList<>();
        List<TimePattern> times = new ArrayList<>();
        times.add(pattern);
        for (Section member : group.sections()) {
            PlannedSection other = sections.get(member.index());
            TimePattern otherTime = timeOf(other);
            if (other != target && otherTime != null && !clashes.contains(other)) {
                others.add(other);
                times.add(otherTime);
            }
        }
        int violation = group.groupViolation(times, calendar);
        // Per-day rules may need two removals before the count drops (a block of three that is too
        // long stays too long without one member), so there a member meeting on one of the target's
        // days is removed even when the count stays the same.
        boolean perDay = group.type() != DistributionType.MAX_DAYS;
        while (violation > 0 && !others.isEmpty()) {
            int bestAt = -1;
            int bestViolation = Integer.MAX_VALUE;
            for (int i = 0; i < others.size(); i++) {
                if (perDay && !pattern.sharesDayAndWeek(times.get(i + 1))) {
                    continue;
                }
                TimePattern removed = times.remove(i + 1);
                int without = group.groupViolation(times, calendar);
                times.add(i + 1, removed);
                if (without < bestViolation) {
                    bestViolation = without;
                    bestAt = i;
                }
            }
            if (!perDay && bestViolation >= violation) {
                bestAt = -1;
            }
            if (bestAt < 0) {
                return; // no removal helps; the score will judge the placement
            }
            clashes.add(others.remove(bestAt));
            times.remove(bestAt + 1);
            violation = bestViolation;
        }
    }

    /**
     * An allowed room that nobody uses at this time, preferring one that another section of the
     * same course uses (room stability; {@code siblings} are the course's sections); null if every allowed room is taken.
     */
    RoomOption freeRoom(PlannedSection section, TimePattern time, List<PlannedSection> siblings, RandomGenerator random) {
        int from = random.nextInt(siblings.size());
        for (int i = 0; i < siblings.size(); i++) {
            Room room = siblings.get((from + i) % siblings.size()).roomOrNull();
            RoomOption option = room == null ? null : RoomOptions.of(section, room);
            if (option != null && !room.isUnavailableAt(time) && roomClashes(section, time, room).isEmpty()) {
                return option;
            }
        }
        List<RoomOption> rooms = section.getRoomRange();
        int offset = random.nextInt(rooms.size());
        for (int i = 0; i < rooms.size(); i++) {
            RoomOption room = rooms.get((offset + i) % rooms.size());
            if (!room.room().isUnavailableAt(time) && roomClashes(section, time, room.room()).isEmpty()) {
                return room;
            }
        }
        return null;
    }

    /**
     * The other sections in this room at a time overlapping this one, and the placed partners of a
     * required pairwise rule this room breaks (SameRoom, DifferentRoom, travel between rooms).
     */
    List<PlannedSection> roomClashes(PlannedSection target, TimePattern time, Room room) {
        List<PlannedSection> clashes = new ArrayList<>(1);
        addRoomClashes(target, time, room, clashes);
        return clashes;
    }

    private void addRoomClashes(PlannedSection target, TimePattern time, Room room, List<PlannedSection> into) {
        List<List<PlannedSection>> days = roomDays(room);
        if (days != null) {
            RoomOccupancy.forEachDay(time, day -> days.get(day).forEach(other -> addIfClash(target, time, room, other, into)));
        }
        for (PlannedSection other : planned.keySet()) {
            addIfClash(target, time, room, other, into);
        }
        // Judged without rooms elsewhere, these rules held for any room: on pu-d5-spr17 (seed 2) a
        // section of a SameRoom group then looked free to place in rooms its group is not in, and
        // stayed unplaced to the end of a 300 s run.
        for (ConflictIndex.PairPartner partner : index.requiredRoomPairs(target.getIndex())) {
            PlannedSection other = sections.get(partner.other().index());
            TimePattern otherTime = timeOf(other);
            Room otherRoom = roomOf(other);
            if (otherTime == null || otherRoom == null) {
                continue;
            }
            boolean satisfied = partner.selfFirst()
                    ? partner.distribution().pairSatisfied(time, room, otherTime, otherRoom, travel)
                    : partner.distribution().pairSatisfied(otherTime, otherRoom, time, room, travel);
            if (!satisfied) {
                addOnce(into, other);
            }
        }
    }

    private void addIfClash(PlannedSection target, TimePattern time, Room room, PlannedSection other,
            List<PlannedSection> into) {
        if (other == target || roomOf(other) != room) {
            return;
        }
        TimePattern otherTime = timeOf(other);
        if (otherTime != null && otherTime.overlaps(time)) {
            addOnce(into, other);
        }
    }

    private static void addOnce(List<PlannedSection> list, PlannedSection section) {
        if (!list.contains(section)) {
            list.add(section);
        }
    }
}
