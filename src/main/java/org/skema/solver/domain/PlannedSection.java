package org.skema.solver.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.skema.model.Assignment;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * The planning entity: one section with its chosen time and room. Either may stay unassigned when
 * no option works; the medium score level counts such sections. Ranges are per section, so hard
 * availability never enters the search.
 */
@PlanningEntity(comparatorClass = SectionDifficulty.class)
public class PlannedSection {
    @PlanningId
    private Integer index;
    private Section section;
    private int attendance;
    private List<TimeOption> timeRange;
    private List<RoomOption> roomRange;
    private boolean pinned;
    private boolean timeLocked;
    private boolean roomLocked;

    private TimeOption time;
    private RoomOption room;

    public PlannedSection() {
    }

    public PlannedSection(Section section, int attendance, List<TimeOption> timeRange, List<RoomOption> roomRange) {
        this.index = section.index();
        this.section = section;
        this.attendance = attendance;
        this.timeRange = List.copyOf(timeRange);
        this.roomRange = List.copyOf(roomRange);
    }

    public Integer getIndex() {
        return index;
    }

    public Section getSection() {
        return section;
    }

    /** Students expected, as sectioned before solving (see {@link org.skema.model.Attendance}). */
    public int getAttendance() {
        return attendance;
    }

    @ValueRangeProvider(id = "timeRange")
    public List<TimeOption> getTimeRange() {
        return timeRange;
    }

    @ValueRangeProvider(id = "roomRange")
    public List<RoomOption> getRoomRange() {
        return roomRange;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /**
     * Locks its time (and room) at the only value of its range: {@code moves.LockedValueFilter} keeps the
     * moves from unassigning it, and a section with nothing left to decide is pinned instead.
     */
    public void lock(boolean time, boolean room) {
        this.timeLocked = time;
        this.roomLocked = room;
    }

    public boolean isTimeLocked() {
        return timeLocked;
    }

    public boolean isRoomLocked() {
        return roomLocked;
    }

    /** How many (time, room) places the section has: its times times its rooms (or 1 without a room). */
    public long placements() {
        return (long) getTimeRange().size() * Math.max(1, getRoomRange().size());
    }

    /** Pinned, or with a locked time or room: no move may unassign it. */
    public boolean isLocked() {
        return pinned || timeLocked || roomLocked;
    }

    @PlanningVariable(valueRangeProviderRefs = "timeRange", allowsUnassigned = true)
    public TimeOption getTime() {
        return time;
    }

    public void setTime(TimeOption time) {
        this.time = time;
    }

    @PlanningVariable(valueRangeProviderRefs = "roomRange", allowsUnassigned = true)
    public RoomOption getRoom() {
        return room;
    }

    public void setRoom(RoomOption room) {
        this.room = room;
    }

    // Derived views used by the constraints; none of them is a planning member.

    public boolean hasTime() {
        return time != null;
    }

    public boolean hasTimeAndRoom() {
        return time != null && room != null;
    }

    public boolean isPlaced() {
        return time != null && (room != null || !section.needsRoom());
    }

    public int missingDecisions() {
        return Assignment.missingDecisions(section, time, room);
    }

    public TimePattern pattern() {
        return time.pattern();
    }

    public int start() {
        return time.pattern().start();
    }

    public int end() {
        return time.pattern().end();
    }

    /** The chosen room, or null. */
    public Room roomOrNull() {
        return room == null ? null : room.room();
    }

    @Override
    public String toString() {
        return section.id();
    }
}
