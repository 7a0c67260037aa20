package org.skema.model;

import java.util.List;
import java.util.Set;

/**
 * One unit of teaching that gets one time and at most one room: a lecture stream or an exercise
 * group (ITC 2019 calls it a class). Identity is the object itself.
 */
public final class Section {
    private final int index;
    private final String id;
    private final String name;
    private final Subpart subpart;
    private final int limit;
    private final List<Teacher> teachers;
    private final boolean needsRoom;
    private final Set<String> requiredFeatures;
    private final List<TimeOption> times;
    private final List<RoomOption> rooms;
    private Section parent;

    Section(int index, String id, String name, Subpart subpart, int limit, List<Teacher> teachers, boolean needsRoom,
            Set<String> requiredFeatures, List<TimeOption> times, List<RoomOption> rooms) {
        if (limit < 0) {
            throw new ModelException("limit must not be negative, got " + limit);
        }
        if (times.isEmpty()) {
            throw new ModelException("section has no allowed time");
        }
        if (needsRoom && rooms.isEmpty()) {
            throw new ModelException("section needs a room but has no allowed room");
        }
        if (!needsRoom && !rooms.isEmpty()) {
            throw new ModelException("section needs no room but lists allowed rooms");
        }
        if (Set.copyOf(teachers).size() != teachers.size()) {
            throw new ModelException("section lists a teacher twice");
        }
        this.index = index;
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
        this.subpart = subpart;
        this.limit = limit;
        this.teachers = List.copyOf(teachers);
        this.needsRoom = needsRoom;
        this.requiredFeatures = Set.copyOf(requiredFeatures);
        this.times = List.copyOf(times);
        this.rooms = List.copyOf(rooms);
    }

    /** Position in {@link Problem#sections()}. */
    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Subpart subpart() {
        return subpart;
    }

    public Course course() {
        return subpart.config().course();
    }

    /** Most students that may attend. */
    public int limit() {
        return limit;
    }

    /** The section a student of this one must also attend, or null. */
    public Section parent() {
        return parent;
    }

    void setParent(Section parent) {
        this.parent = parent;
    }

    public List<Teacher> teachers() {
        return teachers;
    }

    public boolean needsRoom() {
        return needsRoom;
    }

    /** Room features the section asked for; its room options already respect them. */
    public Set<String> requiredFeatures() {
        return requiredFeatures;
    }

    public List<TimeOption> times() {
        return times;
    }

    public List<RoomOption> rooms() {
        return rooms;
    }

    public TimeOption timeOption(TimePattern pattern) {
        for (TimeOption option : times) {
            if (option.pattern().equals(pattern)) {
                return option;
            }
        }
        return null;
    }

    public RoomOption roomOption(Room room) {
        for (RoomOption option : rooms) {
            if (option.room() == room) {
                return option;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
