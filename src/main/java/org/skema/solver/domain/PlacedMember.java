package org.skema.solver.domain;

import org.skema.model.Distribution;
import org.skema.model.Room;
import org.skema.model.TimePattern;

/** A proximity member with its section's current time and room on one weekday it meets, as the streams see it. */
public record PlacedMember(ProximityMember member, TimePattern time, Room room, int day) {

    public Distribution distribution() {
        return member.distribution();
    }

    public int position() {
        return member.position();
    }

    /** Start of the stretch of the day where another member could break the rule with this one. */
    public int from() {
        return time.start();
    }

    /** End (exclusive) of that stretch: the end plus the rule's margin. */
    public int to() {
        return time.end() + member.margin();
    }

    /** Whether this tuple's day is the first weekday both sections meet on, so each pair counts once. */
    public boolean isFirstCommonDay(PlacedMember other) {
        return Integer.numberOfTrailingZeros(time.days() & other.time.days()) == day;
    }

    public boolean satisfiedWith(PlacedMember other) {
        return member.distribution().pairSatisfied(time, room, other.time, other.room, member.travel());
    }
}
