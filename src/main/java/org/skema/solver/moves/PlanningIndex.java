package org.skema.solver.moves;

import java.util.List;
import java.util.Map;
import org.skema.model.Course;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * What custom move factories look up about a working solution that does not change during a solve
 * (conflict partners, each course's sections), built once per timetable, and a fresh
 * {@link PlacementView} of it for each step that asks for a move, over one {@link RoomOccupancy} kept in step
 * with the timetable.
 */
final class PlanningIndex {
    private Timetable indexed;
    private ConflictIndex conflicts;
    private Map<Course, List<PlannedSection>> byCourse;
    private List<PlannedSection> movable;
    private RoomOccupancy occupancy;

    /** A view of the timetable as it is now: the room index is synced, not rebuilt, on the view's first room question. */
    PlacementView view(Timetable timetable) {
        index(timetable);
        return new PlacementView(timetable, conflicts, movable, occupancy);
    }

    /** Whether any section of this timetable can be moved (locks and ranges do not change during a solve). */
    boolean anyMovable(Timetable timetable) {
        index(timetable);
        return !movable.isEmpty();
    }

    private void index(Timetable timetable) {
        if (indexed != timetable) {
            indexed = timetable;
            conflicts = ConflictIndex.of(timetable);
            byCourse = CourseSections.of(timetable);
            movable = PlacementView.movable(timetable);
            occupancy = new RoomOccupancy(timetable.getSections());
        }
    }

    /** The conflict partners of the timetable last viewed. */
    ConflictIndex conflicts() {
        return conflicts;
    }

    /** The sections of the same course as this one (itself included), in the timetable last viewed. */
    List<PlannedSection> siblings(PlannedSection section) {
        return byCourse.get(section.getSection().course());
    }
}
