package org.skema.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the sections of a problem were in an earlier timetable, for re-planning: read by section id
 * from a previous solution, which may belong to an older version of the problem. A previous time
 * or room need not be allowed any more, and a previous room may no longer exist.
 * <p>
 * The "Moved section" rule lives here, once: a section that had a time moved when it now has
 * another time, or none, or (when it had a room) another room or none. Each moved section costs
 * one unit for itself and one for each of its students and teachers.
 */
public final class Baseline {
    /**
     * One section's previous placement.
     *
     * @param time   the previous time, or null when it had none
     * @param roomId the previous room's id, or null when it had none
     * @param room   that room in this problem, or null when it had none or the room is gone
     */
    public record Placement(Section section, TimePattern time, String roomId, Room room) {
        public Placement {
            if (room != null && !room.id().equals(roomId)) {
                throw new ModelException("previous room " + room.id() + " does not match id " + roomId);
            }
        }
    }

    private final Placement[] bySection;
    private final List<String> dropped;

    private Baseline(Placement[] bySection, List<String> dropped) {
        this.bySection = bySection;
        this.dropped = List.copyOf(dropped);
    }

    /**
     * @param placements at most one per section of {@code problem}
     * @param dropped    ids of previous sections that the problem no longer has
     */
    public static Baseline of(Problem problem, List<Placement> placements, List<String> dropped) {
        Placement[] bySection = new Placement[problem.sections().size()];
        for (Placement placement : placements) {
            Section section = placement.section();
            if (problem.sections().get(section.index()) != section) {
                throw new ModelException("section " + section.id() + " is not a section of problem " + problem.name());
            }
            if (bySection[section.index()] != null) {
                throw new ModelException("section " + section.id() + " has two previous placements");
            }
            bySection[section.index()] = placement;
        }
        return new Baseline(bySection, dropped);
    }

    /** The placements of a timetable of the same problem: one assignment per section, as in {@link Solution}. */
    public static Baseline of(Problem problem, List<Assignment> assignments) {
        List<Placement> placements = new ArrayList<>();
        for (Assignment assignment : assignments) {
            Room room = assignment.roomOrNull();
            placements.add(new Placement(assignment.section(), assignment.hasTime() ? assignment.time().pattern() : null,
                    room == null ? null : room.id(), room));
        }
        return of(problem, placements, List.of());
    }

    /** The section's previous placement, or null when it is new. */
    public Placement placement(Section section) {
        return bySection[section.index()];
    }

    /** Every previous placement, in section order. */
    public List<Placement> placements() {
        return Arrays.stream(bySection).filter(p -> p != null).toList();
    }

    /** Ids of previous sections the problem no longer has. */
    public List<String> dropped() {
        return dropped;
    }

    int sectionCount() {
        return bySection.length;
    }

    /** Whether a section placed now at {@code time} in {@code room} (either may be null) moved from {@code before}. */
    public static boolean moved(Placement before, TimePattern time, Room room) {
        if (before == null || before.time() == null) {
            return false;
        }
        return !before.time().equals(time) || (before.roomId() != null && (room == null || room != before.room()));
    }

    /** What moving a section costs: one unit, plus one per student ({@code attendance}) and teacher. */
    public static long units(Section section, int attendance) {
        return 1L + attendance + section.teachers().size();
    }

    /**
     * Where a re-solve starts: each section at its previous time and in its previous room where
     * each is still among its options; what is no longer allowed starts unassigned.
     */
    public Assignment start(Section section) {
        Placement placement = placement(section);
        if (placement == null || placement.time() == null) {
            return Assignment.unplaced(section);
        }
        TimeOption time = section.timeOption(placement.time());
        RoomOption room = placement.room() == null ? null : section.roomOption(placement.room());
        return new Assignment(section, time, room);
    }
}
