package org.skema.io.csv;

import java.util.List;

/**
 * The files of a bundle, in the order they are read and written, with their columns. A new kind of
 * data is a new entry here (and a reader and writer step); a new attribute is a new column.
 */
enum BundleFile {
    CALENDAR("calendar.csv", true, List.of("name", "weeks", "days", "slots_per_day"),
            List.of("weeks", "days", "slots_per_day")),
    WEIGHTS("weights.csv", false, List.of("weight", "value"), List.of("weight", "value")),
    ROOMS("rooms.csv", false, List.of("id", "name", "capacity", "building", "features"), List.of("id", "capacity")),
    ROOM_UNAVAILABLE("room-unavailable.csv", false, List.of("room", "days", "start", "end", "weeks"),
            List.of("room", "days", "start", "end")),
    TRAVEL("travel.csv", false, List.of("from", "to", "minutes"), List.of("from", "to", "minutes")),
    TEACHERS("teachers.csv", false, List.of("id", "name", "kind"), List.of("id")),
    TEACHER_TIMES("teacher-times.csv", false, List.of("teacher", "type", "days", "start", "end", "weeks", "penalty"),
            List.of("teacher", "type", "days", "start", "end")),
    TIME_SETS("time-sets.csv", false, List.of("set", "days", "start", "end", "weeks", "penalty"),
            List.of("set", "days", "start", "end")),
    COURSES("courses.csv", true, List.of("id", "name", "min_days"), List.of("id")),
    SECTIONS("sections.csv", true, List.of("course", "config", "subpart", "subpart_name", "section", "name", "limit",
            "parent", "teachers", "needs_room", "required_features", "time_set", "times", "rooms"),
            List.of("course", "config", "subpart", "section", "limit")),
    DISTRIBUTIONS("distributions.csv", false, List.of("type", "sections", "required", "penalty"),
            List.of("type", "sections")),
    CURRICULA("curricula.csv", false, List.of("curriculum", "sections"), List.of("curriculum", "sections")),
    STUDENTS("students.csv", false, List.of("student", "group", "course", "sections"), List.of("student")),
    LOCKS("locks.csv", false, List.of("section", "lock", "days", "start", "end", "weeks", "room"),
            List.of("section", "lock"));

    private final String fileName;
    private final boolean required;
    private final List<String> columns;
    private final List<String> requiredColumns;

    BundleFile(String fileName, boolean required, List<String> columns, List<String> requiredColumns) {
        this.fileName = fileName;
        this.required = required;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
    }

    String fileName() {
        return fileName;
    }

    /** A bundle without this file is incomplete; other files may be left out when they would be empty. */
    boolean required() {
        return required;
    }

    List<String> columns() {
        return columns;
    }

    /** Columns the header must have (their cells may still be optional row by row). */
    List<String> requiredColumns() {
        return requiredColumns;
    }
}
