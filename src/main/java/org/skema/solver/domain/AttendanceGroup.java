package org.skema.solver.domain;

import org.skema.model.Calendar;

/**
 * Students who attend exactly the same sections, so their days have the same gaps. Identity is the
 * object: it is a group key in the gap constraint.
 */
public final class AttendanceGroup {
    private final int id;
    private final int size;
    private final Calendar calendar;
    private final int toleranceSlots;

    public AttendanceGroup(int id, int size, Calendar calendar, int toleranceSlots) {
        this.id = id;
        this.size = size;
        this.calendar = calendar;
        this.toleranceSlots = toleranceSlots;
    }

    public int id() {
        return id;
    }

    public int size() {
        return size;
    }

    public Calendar calendar() {
        return calendar;
    }

    public int toleranceSlots() {
        return toleranceSlots;
    }

    @Override
    public String toString() {
        return "group " + id + " (" + size + " students)";
    }
}
