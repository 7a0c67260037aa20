package org.skema.model;

import java.util.List;
import java.util.Set;

/**
 * A room. Identity is the object itself; ids are unique within a problem. A withdrawn room (closed
 * for now) is unavailable at every time; the sections keep it among their options, so that
 * bringing it back is one change.
 */
public final class Room {
    private final int index;
    private final String id;
    private final String name;
    private final int capacity;
    private final String building;
    private final Set<String> features;
    private final List<TimePattern> unavailable;
    private final boolean withdrawn;

    public Room(int index, String id, String name, int capacity, String building, Set<String> features,
            List<TimePattern> unavailable) {
        this(index, id, name, capacity, building, features, unavailable, false);
    }

    public Room(int index, String id, String name, int capacity, String building, Set<String> features,
            List<TimePattern> unavailable, boolean withdrawn) {
        if (capacity < 0) {
            throw new ModelException("capacity must not be negative, got " + capacity);
        }
        this.index = index;
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
        this.capacity = capacity;
        this.building = building == null ? "" : building;
        this.features = Set.copyOf(features);
        this.unavailable = List.copyOf(unavailable);
        this.withdrawn = withdrawn;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    /** Position in {@link Problem#rooms()}, used to index travel times. */
    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public String building() {
        return building;
    }

    public Set<String> features() {
        return features;
    }

    public List<TimePattern> unavailable() {
        return unavailable;
    }

    /** Students above capacity when {@code size} attend; 0 when they all fit. */
    public int overflow(int size) {
        return Math.max(0, size - capacity);
    }

    public boolean isUnavailableAt(TimePattern time) {
        return withdrawn || time.overlapsAny(unavailable);
    }

    @Override
    public String toString() {
        return id;
    }
}
