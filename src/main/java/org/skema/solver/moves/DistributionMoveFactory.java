package org.skema.solver.moves;

import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.model.TravelTimes;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * Generates moves that change every section of one broken distribution rule at once: all members of
 * a SameDays rule to one day set, of a SameStart rule to one start, of a SameRoom rule into one room,
 * and so on ({@link JointRules}). When members disagree in two camps, moving any one of them breaks
 * the rule with all the others, so single-section moves never get there.
 *
 * <p>A target is drawn from one member's time options; each member then takes, one after the other,
 * the time that satisfies the rule with the target and the members already decided while changing
 * least (weeks, then days, then start; then the lower time penalty). A moved section keeps its room
 * when that is free at the new time, else takes a free one (preferring its course's rooms), else the
 * room that clashes with the fewest sections. Sections that would still clash (room, teacher,
 * required rule) are ejected and re-placed as place-and-eject does; if one cannot be re-placed
 * without a clash, there is no move. Locked and pinned sections never move.
 */
public final class DistributionMoveFactory extends SampledMoveFactory {
    /** Rules whose members should agree on a property: the target is a time they all should match. */
    private static final Set<DistributionType> ALIKE = EnumSet.of(DistributionType.SAME_START,
            DistributionType.SAME_TIME, DistributionType.SAME_DAYS, DistributionType.SAME_WEEKS);

    private JointRules rules;
    private Problem problemIndexed;

    @Override
    boolean anyMoves(Timetable timetable) {
        return super.anyMoves(timetable) && !rules(timetable).isEmpty();
    }

    @Override
    public Iterator<Move<Timetable>> createOriginalMoveIterator(ScoreDirector<Timetable> scoreDirector) {
        rules(scoreDirector.getWorkingSolution());
        return super.createOriginalMoveIterator(scoreDirector);
    }

    private JointRules rules(Timetable timetable) {
        if (problemIndexed != timetable.getProblem()) {
            problemIndexed = timetable.getProblem();
            rules = JointRules.of(problemIndexed);
        }
        return rules;
    }

    @Override
    boolean canStartFrom(PlannedSection section) {
        return section.isPlaced() && !rules.of(section).isEmpty();
    }

    @Override
    PlaceAndEjectMove sample(PlacementView view, PlannedSection section, RandomGenerator random) {
        Distribution rule = rules.pick(section, random);
        List<PlannedSection> members = placedMembers(view, rule);
        if (!violated(rule, members, view.travel())) {
            return null; // draw again: a rule that holds needs no repair
        }
        return together(view, rule, members, random);
    }

    @Override
    List<PlaceAndEjectMove> allMovesFrom(PlacementView view, PlannedSection section) {
        List<PlaceAndEjectMove> moves = new ArrayList<>();
        RandomGenerator fixed = new Random(section.getIndex());
        if (!PlacementView.isMovable(section)) {
            return moves;
        }
        for (Distribution rule : rules.of(section)) {
            List<PlannedSection> members = placedMembers(view, rule);
            if (rule.type() == DistributionType.SAME_ROOM) {
                for (RoomOption room : section.getRoomRange()) {
                    addIfAny(moves, sameRoom(view, members, room.room(), fixed));
                }
            } else {
                for (TimeOption time : section.getTimeRange()) {
                    addIfAny(moves, retime(view, rule, members, section, time.pattern(), fixed));
                }
            }
        }
        return moves;
    }

    private static void addIfAny(List<PlaceAndEjectMove> moves, PlaceAndEjectMove move) {
        if (move != null) {
            moves.add(move);
        }
    }

    /** The move for this rule with a random target, or null (for tests: it need not be broken). */
    PlaceAndEjectMove together(Timetable timetable, Distribution rule, RandomGenerator random) {
        rules(timetable);
        PlacementView view = planning.view(timetable);
        return together(view, rule, placedMembers(view, rule), random);
    }

    private PlaceAndEjectMove together(PlacementView view, Distribution rule, List<PlannedSection> members,
            RandomGenerator random) {
        List<PlannedSection> movable = members.stream().filter(PlacementView::isMovable).toList();
        if (movable.isEmpty()) {
            return null;
        }
        PlannedSection anchor = movable.get(random.nextInt(movable.size()));
        if (rule.type() == DistributionType.SAME_ROOM) {
            if (anchor.getRoomRange().isEmpty()) {
                return null;
            }
            return sameRoom(view, members, anchor.getRoomRange().get(random.nextInt(anchor.getRoomRange().size())).room(),
                    random);
        }
        List<TimeOption> times = anchor.getTimeRange();
        return retime(view, rule, members, anchor, times.get(random.nextInt(times.size())).pattern(), random);
    }

    /** The placed sections of a rule, in the rule's order (pairwise rules such as Precedence care). */
    private static List<PlannedSection> placedMembers(PlacementView view, Distribution rule) {
        List<PlannedSection> members = new ArrayList<>(rule.sections().size());
        for (var section : rule.sections()) {
            PlannedSection planned = view.sections.get(section.index());
            if (planned.isPlaced()) {
                members.add(planned);
            }
        }
        return members;
    }

    /** Whether some pair of the placed members breaks the rule where they are now. */
    static boolean violated(Distribution rule, List<PlannedSection> members, TravelTimes travel) {
        for (int i = 0; i < members.size(); i++) {
            PlannedSection first = members.get(i);
            for (int j = i + 1; j < members.size(); j++) {
                PlannedSection second = members.get(j);
                if (!rule.pairSatisfied(first.pattern(), first.roomOrNull(), second.pattern(), second.roomOrNull(),
                        travel)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every movable member to the time that satisfies the rule with the target and the members
     * decided before it, changing least. For rules of alike members the target is only a pattern to
     * match (the anchor too takes its least change); for others the anchor takes the target.
     */
    private PlaceAndEjectMove retime(PlacementView view, Distribution rule, List<PlannedSection> members,
            PlannedSection anchor, TimePattern target, RandomGenerator random) {
        TravelTimes travel = view.travel();
        boolean alike = ALIKE.contains(rule.type());
        // Each decided member's position in the rule and its time; fixed members are decided first.
        List<PlannedSection> decided = new ArrayList<>(members.size());
        List<TimePattern> decidedTimes = new ArrayList<>(members.size());
        List<PlannedSection> open = new ArrayList<>(members.size());
        for (PlannedSection member : members) {
            if (PlacementView.isMovable(member) && member != anchor) {
                open.add(member);
            } else if (member != anchor) {
                decided.add(member);
                decidedTimes.add(member.pattern());
            }
        }
        Collections.shuffle(open, random);
        open.add(0, anchor);
        List<PlannedSection> moved = new ArrayList<>();
        view.clearPlan();
        for (PlannedSection member : open) {
            TimeOption best;
            if (member == anchor && !alike) {
                best = optionAt(member, target);
            } else {
                best = leastChange(rule, members, member, decided, decidedTimes, alike ? target : null, travel, random);
            }
            if (best == null) {
                return null;
            }
            decided.add(member);
            decidedTimes.add(best.pattern());
            if (!best.equals(member.getTime())) {
                view.plan(member, new PlacementView.Placement(best, member.getRoom()));
                moved.add(member);
            }
        }
        if (moved.isEmpty()) {
            return null;
        }
        return settle(view, moved, true, random);
    }

    /**
     * The member's time option breaking the rule with the fewest decided members (and the target
     * pattern, when given), then changing least from where it is, then with the lower penalty.
     */
    private static TimeOption leastChange(Distribution rule, List<PlannedSection> members, PlannedSection member,
            List<PlannedSection> decided, List<TimePattern> decidedTimes, TimePattern target, TravelTimes travel,
            RandomGenerator random) {
        TimePattern now = member.pattern();
        int position = members.indexOf(member);
        TimeOption best = null;
        long bestCost = Long.MAX_VALUE;
        int ties = 0;
        for (TimeOption option : member.getTimeRange()) {
            TimePattern time = option.pattern();
            int broken = target != null && !rule.pairSatisfied(target, null, time, null, travel) ? 1 : 0;
            for (int i = 0; i < decided.size(); i++) {
                boolean memberFirst = position < members.indexOf(decided.get(i));
                boolean holds = memberFirst ? rule.pairSatisfied(time, null, decidedTimes.get(i), null, travel)
                        : rule.pairSatisfied(decidedTimes.get(i), null, time, null, travel);
                if (!holds) {
                    broken++;
                }
            }
            long cost = ((long) broken << 40) + ((long) change(now, time) << 32) + option.penalty();
            if (cost < bestCost) {
                best = option;
                bestCost = cost;
                ties = 1;
            } else if (cost == bestCost && random.nextInt(++ties) == 0) {
                best = option;
            }
        }
        return best;
    }

    /** How much a time changes: other weeks weigh most, then other days, then another start. */
    private static int change(TimePattern from, TimePattern to) {
        return (from.weeks() != to.weeks() ? 4 : 0) + (from.days() != to.days() ? 2 : 0)
                + (from.start() != to.start() || from.length() != to.length() ? 1 : 0);
    }

    private static TimeOption optionAt(PlannedSection section, TimePattern pattern) {
        for (TimeOption option : section.getTimeRange()) {
            if (option.pattern().equals(pattern)) {
                return option;
            }
        }
        return null;
    }

    /** Every movable member whose room may change into this room, at its own time. */
    private PlaceAndEjectMove sameRoom(PlacementView view, List<PlannedSection> members, Room target,
            RandomGenerator random) {
        view.clearPlan();
        List<PlannedSection> moved = new ArrayList<>();
        for (PlannedSection member : members) {
            RoomOption option = RoomOptions.of(member, target);
            if (option == null || member.roomOrNull() == target || !PlacementView.isMovable(member)
                    || target.isUnavailableAt(member.pattern())) {
                continue;
            }
            view.plan(member, new PlacementView.Placement(member.getTime(), option));
            moved.add(member);
        }
        if (moved.isEmpty()) {
            return null;
        }
        return settle(view, moved, false, random);
    }

    /**
     * Gives each moved section a room (when {@code choosingRooms}) and ejects what still clashes with
     * it, re-placing the ejected sections; null when a clash cannot be resolved: a moved or locked
     * section in the way, or an ejected section with no clash-free place.
     */
    private PlaceAndEjectMove settle(PlacementView view, List<PlannedSection> moved, boolean choosingRooms,
            RandomGenerator random) {
        List<PlannedSection> ejected = new ArrayList<>();
        for (PlannedSection member : moved) {
            PlacementView.Placement placement = view.plannedChanges().get(member);
            TimePattern time = placement.time().pattern();
            RoomOption room = placement.room();
            List<PlannedSection> clashes;
            // Moved sections are movable, so none has a locked room.
            if (choosingRooms && member.getSection().needsRoom() && !roomFree(view, member, time, room)) {
                RoomOption free = view.freeRoom(member, time, planning.siblings(member), random);
                if (free != null) {
                    room = free;
                    clashes = view.clashesAt(member, time, free.room());
                } else {
                    PlacementView.Candidate candidate = view.bestRoom(member, placement.time(), random);
                    if (candidate == null) {
                        return null;
                    }
                    room = candidate.room();
                    clashes = candidate.clashes();
                }
                view.plan(member, new PlacementView.Placement(placement.time(), room));
            } else {
                clashes = view.clashesAt(member, time, room == null ? null : room.room());
            }
            for (PlannedSection clash : clashes) {
                if (clash.isLocked() || moved.contains(clash)) {
                    return null;
                }
                if (!ejected.contains(clash)) {
                    ejected.add(clash);
                    view.plan(clash, PlacementView.Placement.NONE);
                }
            }
        }
        for (PlannedSection section : ejected) {
            PlaceAndEjectMoveFactory.replace(view, section, random);
        }
        for (PlacementView.Placement placement : view.plannedChanges().values()) {
            if (placement.time() == null) {
                return null; // an unplaced section costs more than any soft rule
            }
        }
        return view.plannedMove();
    }

    private static boolean roomFree(PlacementView view, PlannedSection member, TimePattern time, RoomOption room) {
        return room != null && !room.room().isUnavailableAt(time) && view.roomClashes(member, time, room.room()).isEmpty();
    }
}
