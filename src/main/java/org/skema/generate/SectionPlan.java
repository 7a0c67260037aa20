package org.skema.generate;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * A section before the problem exists, with what planting needs: its audience, the meetings it must
 * not share a day with, its soft wishes, and its planted time and room.
 */
final class SectionPlan {
    final String id;
    final String name;
    final SubpartPlan subpart;
    final int limit;
    final SectionPlan parent;
    final List<String> features;
    final List<TimeOption> times;
    final List<RoomChoice> rooms;
    final Audience audience;
    /** Popularity of an elective: two popular electives at one time would leave students little choice. */
    final int crowd;
    final List<TeacherPlan> teachers = new ArrayList<>();
    /** Other meetings of the same class: required on other days. */
    final List<SectionPlan> siblings = new ArrayList<>();
    final List<SoftPair> wishes = new ArrayList<>();
    /** Planting cost of each time option beyond its own penalty, e.g. outside a teacher's preferred hours. */
    int[] timeCost;
    /** For an elective's exercise group: its siblings and the students they must cover, or null. */
    GroupCover cover;

    int timeIndex = -1;
    RoomSpec room;
    /** Placed in an earlier planting phase, which later phases must work around. */
    boolean pinned;
    /** How often planting took this section out again; it prefers to displace the rarely displaced. */
    int kicks;

    SectionPlan(String id, String name, SubpartPlan subpart, int limit, SectionPlan parent, List<String> features,
            List<TimeOption> times, List<RoomChoice> rooms, Audience audience, int crowd) {
        this.id = id;
        this.name = name;
        this.subpart = subpart;
        this.limit = limit;
        this.parent = parent;
        this.features = List.copyOf(features);
        this.times = List.copyOf(times);
        this.rooms = List.copyOf(rooms);
        this.audience = audience;
        this.crowd = crowd;
        this.timeCost = new int[times.size()];
        subpart.sections.add(this);
    }

    boolean placed() {
        return timeIndex >= 0;
    }

    TimePattern time() {
        return times.get(timeIndex).pattern();
    }

    CoursePlan course() {
        return subpart.course;
    }

    /** Meetings of one class go on different days (required) and, where wanted, in one room (soft). */
    static void meetings(List<SectionPlan> meetings, int sameRoomWeight) {
        for (SectionPlan a : meetings) {
            for (SectionPlan b : meetings) {
                if (a != b) {
                    a.siblings.add(b);
                    if (sameRoomWeight > 0) {
                        a.wishes.add(new SoftPair(b, SoftPair.Kind.SAME_ROOM, sameRoomWeight, true));
                    }
                }
            }
        }
    }

    /** {@code first} should come before {@code then} in the week; binding when a rule of the problem says so. */
    static void order(SectionPlan first, SectionPlan then, int weight, boolean binding) {
        first.wishes.add(new SoftPair(then, SoftPair.Kind.BEFORE, weight, binding));
        then.wishes.add(new SoftPair(first, SoftPair.Kind.AFTER, weight, binding));
    }

    static void apart(SectionPlan a, SectionPlan b, int weight) {
        a.wishes.add(new SoftPair(b, SoftPair.Kind.APART, weight, false));
        b.wishes.add(new SoftPair(a, SoftPair.Kind.APART, weight, false));
    }

    @Override
    public String toString() {
        return id;
    }
}
