package org.skema.solver.moves;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.SharedAttendance;

/**
 * Picks the sections of one exact neighbourhood: around a student conflict, the members of a broken
 * distribution rule, a room's sections on the days one of them meets, a section placed above its
 * cheapest time and room with the sections in the way of cheaper ones, or an unplaced section with
 * the sections in the way of some of its times; each grown to the wanted size
 * through sections that share students, teachers or a required pairwise rule with those already in,
 * so that the model can trade places between sections that hurt each other.
 */
final class Neighbourhoods {
    enum Kind { STUDENTS, DISTRIBUTION, ROOM_DAYS, EXPENSIVE_PLACE, UNPLACED }

    /** Times of an expensive or unplaced section whose blockers join its neighbourhood. */
    private static final int CHEAPER_TIMES_TRIED = 3;

    private final PlacementView view;
    private final ConflictIndex index;
    private final Problem problem;
    private final RandomGenerator random;

    Neighbourhoods(PlacementView view, ConflictIndex index, Problem problem, RandomGenerator random) {
        this.view = view;
        this.index = index;
        this.problem = problem;
        this.random = random;
    }

    /** Up to {@code size} movable sections of this kind; empty if the kind finds no seed. */
    List<PlannedSection> pick(Kind kind, int size) {
        Set<PlannedSection> chosen = new LinkedHashSet<>();
        switch (kind) {
            case STUDENTS -> seedStudentConflict(chosen);
            case DISTRIBUTION -> seedBrokenDistribution(chosen, size);
            case ROOM_DAYS -> seedRoomDays(chosen, size);
            case EXPENSIVE_PLACE -> seedExpensivePlace(chosen, size);
            case UNPLACED -> seedUnplaced(chosen, size);
        }
        if (chosen.isEmpty()) {
            return List.of();
        }
        grow(chosen, size);
        return new ArrayList<>(chosen);
    }

    private void seedStudentConflict(Set<PlannedSection> chosen) {
        for (int attempt = 0; attempt < 50; attempt++) {
            PlannedSection section = randomMovable();
            if (section == null || !section.hasTime()) {
                continue;
            }
            for (SharedAttendance shared : index.studentPartners(section.getIndex())) {
                PlannedSection other = partner(section, shared);
                if (other.hasTime() && !DistributionType.canAttendBoth(section.pattern(), section.roomOrNull(),
                        other.pattern(), other.roomOrNull(), shared.travel())) {
                    chosen.add(section);
                    if (PlacementView.isMovable(other)) {
                        chosen.add(other);
                    }
                    return;
                }
            }
        }
    }

    private void seedBrokenDistribution(Set<PlannedSection> chosen, int size) {
        List<Distribution> broken = new ArrayList<>();
        for (Distribution distribution : problem.distributions()) {
            if (isBroken(distribution)) {
                broken.add(distribution);
            }
        }
        if (broken.isEmpty()) {
            return;
        }
        for (Section section : broken.get(random.nextInt(broken.size())).sections()) {
            PlannedSection planned = view.sections.get(section.index());
            if (PlacementView.isMovable(planned) && chosen.size() < size) {
                chosen.add(planned);
            }
        }
    }

    private boolean isBroken(Distribution distribution) {
        List<Section> members = distribution.sections();
        if (distribution.type().isPairwise()) {
            for (int i = 0; i < members.size(); i++) {
                PlannedSection a = view.sections.get(members.get(i).index());
                for (int j = i + 1; j < members.size() && a.hasTime(); j++) {
                    PlannedSection b = view.sections.get(members.get(j).index());
                    if (b.hasTime() && !distribution.pairSatisfied(a.pattern(), a.roomOrNull(), b.pattern(),
                            b.roomOrNull(), view.travel())) {
                        return true;
                    }
                }
            }
            return false;
        }
        List<TimePattern> times = new ArrayList<>();
        for (Section member : members) {
            PlannedSection planned = view.sections.get(member.index());
            if (planned.hasTime()) {
                times.add(planned.pattern());
            }
        }
        return distribution.groupViolation(times, problem.calendar()) > 0;
    }

    private void seedRoomDays(Set<PlannedSection> chosen, int size) {
        PlannedSection seed = randomMovable();
        if (seed == null || seed.roomOrNull() == null || !seed.hasTime()) {
            return;
        }
        chosen.add(seed);
        int days = seed.pattern().days();
        List<PlannedSection> sameRoom = new ArrayList<>();
        for (PlannedSection other : view.movable) {
            if (other != seed && other.roomOrNull() == seed.roomOrNull() && other.hasTime()
                    && (other.pattern().days() & days) != 0) {
                sameRoom.add(other);
            }
        }
        while (!sameRoom.isEmpty() && chosen.size() < size) {
            chosen.add(sameRoom.remove(random.nextInt(sameRoom.size())));
        }
    }

    /**
     * A placed section whose own time and room cost more than its cheapest options, drawn in
     * proportion to that excess, with the sections in the way of a few of its cheaper times (people,
     * required rules and the least taken room there). On tg-fal17 four sections in large required
     * SameAttendees groups held half the time penalty: each of their cheap times is blocked by
     * several others, which one-section moves cannot clear.
     */
    private void seedExpensivePlace(Set<PlannedSection> chosen, int size) {
        long[] excess = new long[view.movable.size()];
        long total = 0;
        for (int i = 0; i < excess.length; i++) {
            excess[i] = excessCost(view.movable.get(i));
            total += excess[i];
        }
        if (total == 0) {
            return;
        }
        long draw = random.nextLong(total);
        int at = 0;
        while (draw >= excess[at]) {
            draw -= excess[at++];
        }
        PlannedSection seed = view.movable.get(at);
        List<TimeOption> cheaper = new ArrayList<>();
        for (TimeOption time : seed.getTimeRange()) {
            if (time.penalty() < seed.getTime().penalty()) {
                cheaper.add(time);
            }
        }
        addWithBlockers(seed, cheaper, chosen, size, false);
    }

    /**
     * A section left without a time, with the sections in the way of a few of its times. Completion
     * can end with one section unplaced that no single move places (pu-d5-spr17 with seed 2 kept one
     * through all of a 120 s run); the model can move its blockers and place it at once, as placing
     * it outweighs any soft cost.
     */
    private void seedUnplaced(Set<PlannedSection> chosen, int size) {
        List<PlannedSection> unplaced = new ArrayList<>();
        for (PlannedSection section : view.movable) {
            if (!section.isPlaced()) {
                unplaced.add(section);
            }
        }
        if (!unplaced.isEmpty()) {
            PlannedSection seed = unplaced.get(random.nextInt(unplaced.size()));
            addWithBlockers(seed, new ArrayList<>(seed.getTimeRange()), chosen, size, true);
        }
    }

    /**
     * The seed, then the movable sections in the way of up to three of these times (drawn at random);
     * with {@code tied}, each blocker's partners in required pairwise rules too, since it can only
     * leave together with them (pu-d5-spr17: a section of a SameRoom group of six is placed only when
     * a SameRoom pair holding its group's room moves to another room at once).
     */
    private void addWithBlockers(PlannedSection seed, List<TimeOption> times, Set<PlannedSection> chosen, int size,
            boolean tied) {
        chosen.add(seed);
        for (int tries = 0; tries < CHEAPER_TIMES_TRIED && !times.isEmpty() && chosen.size() < size; tries++) {
            TimeOption time = times.remove(random.nextInt(times.size()));
            PlacementView.Candidate candidate = view.bestRoom(seed, time, random);
            if (candidate == null) {
                continue;
            }
            for (PlannedSection blocker : candidate.clashes()) {
                if (PlacementView.isMovable(blocker) && chosen.size() < size) {
                    chosen.add(blocker);
                    if (tied) {
                        addRequiredPartners(blocker, chosen, size);
                    }
                }
            }
        }
    }

    private void addRequiredPartners(PlannedSection section, Set<PlannedSection> chosen, int size) {
        for (ConflictIndex.PairPartner pair : index.requiredPairs(section.getIndex())) {
            PlannedSection partner = view.sections.get(pair.other().index());
            if (PlacementView.isMovable(partner) && chosen.size() < size) {
                chosen.add(partner);
            }
        }
    }

    /** What the section's own time and room cost above its cheapest time and room, with the objective's weights. */
    private long excessCost(PlannedSection section) {
        if (!section.isPlaced()) {
            return 0;
        }
        ObjectiveWeights weights = problem.weights();
        long cost = (long) weights.time() * (section.getTime().penalty() - cheapest(section.getTimeRange(), TimeOption::penalty));
        if (section.getRoom() != null) {
            cost += (long) weights.room() * (section.getRoom().penalty() - cheapest(section.getRoomRange(), RoomOption::penalty));
        }
        return Math.max(0, cost);
    }

    private static <T> int cheapest(List<T> options, ToIntFunction<T> penalty) {
        int min = Integer.MAX_VALUE;
        for (T option : options) {
            min = Math.min(min, penalty.applyAsInt(option));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /**
     * Adds movable sections that share students or teachers with those chosen, or a required pairwise
     * rule (problems without students, such as tg-fal17, tie their sections by such rules only), at
     * random, until the size is reached.
     */
    private void grow(Set<PlannedSection> chosen, int size) {
        List<PlannedSection> frontier = new ArrayList<>(chosen);
        while (chosen.size() < size && !frontier.isEmpty()) {
            PlannedSection from = frontier.remove(random.nextInt(frontier.size()));
            List<PlannedSection> partners = new ArrayList<>();
            for (SharedAttendance shared : index.studentPartners(from.getIndex())) {
                partners.add(partner(from, shared));
            }
            for (SharedAttendance shared : index.teacherPartners(from.getIndex())) {
                partners.add(partner(from, shared));
            }
            for (ConflictIndex.PairPartner pair : index.requiredPairs(from.getIndex())) {
                partners.add(view.sections.get(pair.other().index()));
            }
            while (!partners.isEmpty() && chosen.size() < size) {
                PlannedSection other = partners.remove(random.nextInt(partners.size()));
                if (PlacementView.isMovable(other) && chosen.add(other)) {
                    frontier.add(other);
                }
            }
        }
    }

    private PlannedSection partner(PlannedSection section, SharedAttendance shared) {
        int self = section.getIndex();
        return view.sections.get(shared.first().index() == self ? shared.second().index() : shared.first().index());
    }

    private PlannedSection randomMovable() {
        return view.movable.isEmpty() ? null : view.movable.get(random.nextInt(view.movable.size()));
    }
}
