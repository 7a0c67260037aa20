package org.skema.bound;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/**
 * Per section: the times and rooms a timetable without hard violations can give it, and what each
 * costs on its own. Only options that break a hard rule by themselves are left out (a teacher's
 * unavailable time, a lock, a room too small when capacity is hard and sizes are fixed), so every
 * feasible timetable keeps to these options.
 */
final class SectionChoices {
    private final List<List<TimeOption>> times = new ArrayList<>();
    private final List<List<RoomOption>> rooms = new ArrayList<>();
    private final long timeWeight;
    private final long roomWeight;
    private final long undesiredWeight;
    /** Overflow counts only when section sizes are fixed: without students, a section expects its limit. */
    private final long overflowWeight;

    SectionChoices(Problem problem) {
        ObjectiveWeights weights = problem.weights();
        timeWeight = Rule.TIME_PENALTY.weight(weights);
        roomWeight = Rule.ROOM_PENALTY.weight(weights);
        undesiredWeight = Rule.TEACHER_UNDESIRED_TIME.weight(weights);
        boolean fixedSizes = problem.students().isEmpty();
        overflowWeight = fixedSizes ? Rule.ROOM_CAPACITY_OVERFLOW.weight(weights) : 0;
        boolean tooSmallIsHard = fixedSizes && weights.roomCapacityIsHard();
        for (Section section : problem.sections()) {
            SectionLock lock = problem.lock(section);
            List<TimeOption> allowed = new ArrayList<>();
            for (TimeOption time : section.times()) {
                boolean locked = lock != null && lock.locksTime() && !lock.time().equals(time);
                if (!locked && section.teachers().stream().noneMatch(t -> t.isUnavailableAt(time.pattern()))) {
                    allowed.add(time);
                }
            }
            times.add(allowed);
            List<RoomOption> roomList = new ArrayList<>();
            if (section.needsRoom()) {
                for (RoomOption room : section.rooms()) {
                    boolean locked = lock != null && lock.locksRoom() && !lock.room().equals(room);
                    if (!locked && !(tooSmallIsHard && room.room().capacity() < section.limit())) {
                        roomList.add(room);
                    }
                }
            }
            rooms.add(roomList);
        }
    }

    List<TimeOption> times(Section section) {
        return times.get(section.index());
    }

    /** The rooms the section may take; empty when it needs none (then it is best left without one). */
    List<RoomOption> rooms(Section section) {
        return rooms.get(section.index());
    }

    /** A section that needs a room but has none left can never be placed. */
    boolean needsRoom(Section section) {
        return section.needsRoom();
    }

    boolean fits(RoomOption room, TimeOption time) {
        return !room.room().isUnavailableAt(time.pattern());
    }

    /** Time penalty and teachers' undesired times, weighted. */
    long timeCost(Section section, TimeOption time) {
        long cost = time.penalty() * timeWeight;
        for (Teacher teacher : section.teachers()) {
            cost += teacher.undesiredPenalty(time.pattern()) * undesiredWeight;
        }
        return cost;
    }

    /** Room penalty and, with fixed sizes, capacity overflow, weighted. */
    long roomCost(Section section, RoomOption room) {
        return room.penalty() * roomWeight + room.room().overflow(section.limit()) * overflowWeight;
    }
}
