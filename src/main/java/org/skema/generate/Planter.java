package org.skema.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.skema.model.DistributionType;
import org.skema.model.TimePattern;

/**
 * Plants a time and a room for every section so that every hard rule holds: no two sections in one
 * room at once, no teacher or audience in two places (travel between campuses included), meetings of
 * one class on different days, rooms open and big enough (room options only hold big enough rooms).
 * <p>
 * It is an iterative forward search, as in UniTime's solver: take the hardest unplaced section, give
 * it the value with the fewest conflicts (and then the lowest cost of the soft wishes), take out the
 * sections it conflicts with and place them again later. Sections displaced often are displaced less
 * readily, which stops two sections from taking turns. Sections placed in an earlier phase are
 * pinned and never displaced. A phase that does not finish within its step budget starts over.
 * Every time the grid offers is on a single day, which is why rooms are indexed by day.
 */
final class Planter {
    /**
     * Weights of the wishes behind the faculty's soft rules. They outweigh a teacher's preferred hours
     * (the availability follows the plant anyway), so that the planted timetable keeps them too.
     */
    static final int PRECEDENCE_WEIGHT = 40;
    static final int SAME_ROOM_WEIGHT = 30;
    /** The first weekly meeting early in the week, which gives the classes after it room. */
    static final int ORDER_WEIGHT = 10;
    /** Evening blocks only when the day is full: above the crowding of all but the most popular electives. */
    private static final int TIME_PENALTY_WEIGHT = 15;
    /** Two electives of 150 at one time cost 37, two of 30 cost 1: students can still choose, just less freely. */
    private static final int CROWD_SCALE = 600;
    private static final int ATTEMPTS = 20;
    private static final int STEPS_PER_SECTION = 40;
    private static final int[] NO_PARAMETERS = new int[0];

    private final Travel travel;
    private final Random random;
    private final List<List<List<SectionPlan>>> byRoomDay = new ArrayList<>();
    private final List<List<SectionPlan>> crowdByDay = new ArrayList<>();
    // Looked up, never iterated, so hash order cannot leak into the result.
    private final Map<TeacherPlan, List<SectionPlan>> byTeacher = new HashMap<>();
    private final Map<Audience, List<SectionPlan>> byAudience = new HashMap<>();

    Planter(int rooms, Travel travel, Random random) {
        this.travel = travel;
        this.random = random;
        for (int r = 0; r < rooms; r++) {
            List<List<SectionPlan>> days = new ArrayList<>();
            for (int d = 0; d < TeachingGrid.DAYS; d++) {
                days.add(new ArrayList<>());
            }
            byRoomDay.add(days);
        }
        for (int d = 0; d < TeachingGrid.DAYS; d++) {
            crowdByDay.add(new ArrayList<>());
        }
    }

    /** Places every given section around the pinned ones, then pins them too. */
    void plant(List<SectionPlan> sections) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (search(sections)) {
                sections.forEach(section -> section.pinned = true);
                return;
            }
            for (SectionPlan section : sections) {
                if (section.placed()) {
                    unplace(section);
                }
                section.kicks = 0;
            }
        }
        throw new IllegalStateException("could not plant " + sections.size() + " sections in " + ATTEMPTS + " attempts");
    }

    private boolean search(List<SectionPlan> sections) {
        List<SectionPlan> order = new ArrayList<>(sections);
        Collections.shuffle(order, random);
        order.sort(Comparator.comparingLong(Planter::freedom));
        Deque<SectionPlan> queue = new ArrayDeque<>(order);
        long budget = (long) STEPS_PER_SECTION * sections.size();
        while (!queue.isEmpty()) {
            if (budget-- <= 0) {
                return false;
            }
            SectionPlan section = queue.pollFirst();
            if (section.placed()) {
                continue;
            }
            Choice choice = choose(section);
            if (choice == null) {
                return false;
            }
            for (SectionPlan conflict : choice.conflicts) {
                unplace(conflict);
                conflict.kicks++;
                queue.addFirst(conflict);
            }
            place(section, choice.time, choice.room);
        }
        return true;
    }

    /** Rooms times the times within the teachers' hours: the fewer, the earlier a section is placed. */
    private static long freedom(SectionPlan section) {
        long times = 0;
        for (int cost : section.timeCost) {
            times += cost < PreferredHours.OUTSIDE_COST ? 1 : 0;
        }
        return Math.max(1, times) * section.rooms.size();
    }

    private record Choice(int time, RoomSpec room, List<SectionPlan> conflicts, int weight, int cost) {
    }

    /** Sections that stand in the way of a time on one campus; blocked when a pinned one does. */
    private record People(boolean blocked, List<SectionPlan> conflicts) {
    }

    private Choice choose(SectionPlan section) {
        List<Audience> audiences = section.audience.related();
        Choice best = null;
        int ties = 0;
        List<SectionPlan> conflicts = new ArrayList<>();
        for (int t = 0; t < section.times.size(); t++) {
            TimePattern time = section.times.get(t).pattern();
            int day = time.firstDay();
            int base = TIME_PENALTY_WEIGHT * section.times.get(t).penalty() + section.timeCost[t]
                    + crowdCost(section, time, day);
            int[] cover = new int[2];
            if (section.cover != null) {
                cover[0] = section.cover.cost(section, t, 0);
                cover[1] = section.cover.cost(section, t, 1);
            }
            People[] people = new People[2];
            for (RoomChoice option : section.rooms) {
                RoomSpec room = option.room();
                if (room.isUnavailableAt(time)) {
                    continue;
                }
                if (people[room.campus()] == null) {
                    people[room.campus()] = people(section, audiences, time, room.campus());
                }
                People standing = people[room.campus()];
                if (standing.blocked) {
                    continue;
                }
                conflicts.clear();
                conflicts.addAll(standing.conflicts);
                boolean blocked = false;
                for (SectionPlan other : byRoomDay.get(room.index()).get(day)) {
                    if (other.time().overlaps(time)) {
                        blocked |= other.pinned;
                        addOnce(conflicts, other);
                    }
                }
                if (blocked) {
                    continue;
                }
                int cost = base + cover[room.campus()] + option.penalty() + wishes(section, time, room, conflicts);
                int weight = 0;
                for (SectionPlan conflict : conflicts) {
                    weight += 1 + conflict.kicks;
                }
                boolean better = best == null || weight < best.weight || (weight == best.weight && cost < best.cost);
                if (better) {
                    ties = 1;
                } else if (weight == best.weight && cost == best.cost) {
                    // Equal choices are taken uniformly at random, one at a time.
                    better = random.nextInt(++ties) == 0;
                }
                if (better) {
                    best = new Choice(t, room, List.copyOf(conflicts), weight, cost);
                }
            }
        }
        return best;
    }

    private People people(SectionPlan section, List<Audience> audiences, TimePattern time, int campus) {
        List<SectionPlan> found = new ArrayList<>();
        boolean blocked = false;
        for (TeacherPlan teacher : section.teachers) {
            blocked |= clashes(section, byTeacher.get(teacher), time, campus, found);
        }
        for (Audience audience : audiences) {
            blocked |= clashes(section, byAudience.get(audience), time, campus, found);
        }
        for (SectionPlan sibling : section.siblings) {
            if (sibling.placed() && sibling.time().sharesDays(time)) {
                blocked |= sibling.pinned;
                addOnce(found, sibling);
            }
        }
        return new People(blocked, found);
    }

    private boolean clashes(SectionPlan section, List<SectionPlan> placed, TimePattern time, int campus,
            List<SectionPlan> found) {
        boolean blocked = false;
        if (placed != null) {
            for (SectionPlan other : placed) {
                if (other != section && !travel.canAttendBoth(time, campus, other.time(), other.room.campus())) {
                    blocked |= other.pinned;
                    addOnce(found, other);
                }
            }
        }
        return blocked;
    }

    private static void addOnce(List<SectionPlan> list, SectionPlan section) {
        if (!list.contains(section)) {
            list.add(section);
        }
    }

    private int crowdCost(SectionPlan section, TimePattern time, int day) {
        if (section.crowd == 0) {
            return 0;
        }
        int cost = 0;
        for (SectionPlan other : crowdByDay.get(day)) {
            if (other != section && other.time().overlaps(time)) {
                cost += section.crowd * other.crowd / CROWD_SCALE;
            }
        }
        return cost;
    }

    /**
     * The cost of the wishes this placement breaks. A broken binding wish towards a section that may
     * still move counts as a conflict instead, so that one of the two moves.
     */
    private static int wishes(SectionPlan section, TimePattern time, RoomSpec room, List<SectionPlan> conflicts) {
        int cost = 0;
        for (SoftPair wish : section.wishes) {
            SectionPlan other = wish.other();
            if (!other.placed()) {
                continue;
            }
            boolean kept = switch (wish.kind()) {
                case SAME_ROOM -> other.room == room;
                case BEFORE -> precedes(time, other.time());
                case AFTER -> precedes(other.time(), time);
                case APART -> !time.overlaps(other.time());
            };
            if (kept) {
                continue;
            }
            if (wish.binding() && !other.pinned) {
                addOnce(conflicts, other);
            } else {
                cost += wish.weight();
            }
        }
        return cost;
    }

    /** The model's own Precedence test, which reads neither rooms nor travel. */
    private static boolean precedes(TimePattern first, TimePattern then) {
        return DistributionType.PRECEDENCE.pairSatisfied(first, null, then, null, NO_PARAMETERS, null);
    }

    private void place(SectionPlan section, int time, RoomSpec room) {
        section.timeIndex = time;
        section.room = room;
        int day = section.time().firstDay();
        byRoomDay.get(room.index()).get(day).add(section);
        for (TeacherPlan teacher : section.teachers) {
            byTeacher.computeIfAbsent(teacher, k -> new ArrayList<>()).add(section);
        }
        byAudience.computeIfAbsent(section.audience, k -> new ArrayList<>()).add(section);
        if (section.crowd > 0) {
            crowdByDay.get(day).add(section);
        }
    }

    private void unplace(SectionPlan section) {
        int day = section.time().firstDay();
        byRoomDay.get(section.room.index()).get(day).remove(section);
        for (TeacherPlan teacher : section.teachers) {
            byTeacher.get(teacher).remove(section);
        }
        byAudience.get(section.audience).remove(section);
        if (section.crowd > 0) {
            crowdByDay.get(day).remove(section);
        }
        section.timeIndex = -1;
        section.room = null;
    }
}
