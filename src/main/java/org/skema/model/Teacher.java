package org.skema.model;

import java.util.List;

/**
 * A teacher: hard unavailable times are never used, undesired times cost their penalty. A withdrawn
 * teacher (ill, on leave) is unavailable at every time, so their sections stay unplaced until
 * another teacher is named; the sections keep naming them, so that bringing them back is one change.
 */
public final class Teacher {
    public enum Kind { INTERNAL, EXTERNAL }

    private final String id;
    private final String name;
    private final Kind kind;
    private final List<TimePattern> unavailable;
    private final List<TimeOption> undesired;
    private final boolean withdrawn;

    public Teacher(String id, String name, Kind kind, List<TimePattern> unavailable, List<TimeOption> undesired) {
        this(id, name, kind, unavailable, undesired, false);
    }

    public Teacher(String id, String name, Kind kind, List<TimePattern> unavailable, List<TimeOption> undesired,
            boolean withdrawn) {
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
        this.kind = kind == null ? Kind.INTERNAL : kind;
        this.unavailable = List.copyOf(unavailable);
        this.undesired = List.copyOf(undesired);
        this.withdrawn = withdrawn;
    }

    public boolean withdrawn() {
        return withdrawn;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public List<TimePattern> unavailable() {
        return unavailable;
    }

    public List<TimeOption> undesired() {
        return undesired;
    }

    public boolean isUnavailableAt(TimePattern time) {
        return withdrawn || time.overlapsAny(unavailable);
    }

    /** Sum of the penalties of the undesired times that the given time overlaps. */
    public int undesiredPenalty(TimePattern time) {
        int sum = 0;
        for (TimeOption option : undesired) {
            if (option.pattern().overlaps(time)) {
                sum += option.penalty();
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return id;
    }
}
