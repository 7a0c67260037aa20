package org.skema.io.bundle;

import java.util.Arrays;
import java.util.List;
import org.skema.io.table.TableSchema;

/**
 * The tables of a bundle, in the order they are read and written, with their columns. A new kind
 * of data is a new entry here (and a reader and writer step); a new attribute is a new column.
 * A CSV bundle keeps each table as NAME.csv, a workbook as the sheet NAME.
 */
public enum BundleTable {
    CALENDAR(TableSchema.of("calendar", true, List.of("name", "weeks", "days", "slots_per_day"),
            List.of("weeks", "days", "slots_per_day")).withNumbers("weeks", "days", "slots_per_day")),
    WEIGHTS(TableSchema.of("weights", false, List.of("weight", "value"), List.of("weight", "value"))
            .withNumbers("value")),
    ROOMS(TableSchema.of("rooms", false, List.of("id", "name", "capacity", "building", "features", "withdrawn"),
            List.of("id", "capacity")).withNumbers("capacity")),
    ROOM_UNAVAILABLE(TableSchema.of("room-unavailable", false, List.of("room", "days", "start", "end", "weeks"),
            List.of("room", "days", "start", "end")).withClocks("start", "end")),
    TRAVEL(TableSchema.of("travel", false, List.of("from", "to", "minutes"), List.of("from", "to", "minutes"))
            .withNumbers("minutes")),
    TEACHERS(TableSchema.of("teachers", false, List.of("id", "name", "kind", "withdrawn"), List.of("id"))),
    TEACHER_TIMES(TableSchema.of("teacher-times", false, List.of("teacher", "type", "days", "start", "end", "weeks",
            "penalty"), List.of("teacher", "type", "days", "start", "end")).withNumbers("penalty")
            .withClocks("start", "end")),
    TIME_SETS(TableSchema.of("time-sets", false, List.of("set", "days", "start", "end", "weeks", "penalty"),
            List.of("set", "days", "start", "end")).withNumbers("penalty").withClocks("start", "end")),
    COURSES(TableSchema.of("courses", true, List.of("id", "name", "min_days"), List.of("id")).withNumbers("min_days")),
    SECTIONS(TableSchema.of("sections", true, List.of("course", "config", "subpart", "subpart_name", "section", "name",
            "limit", "parent", "teachers", "needs_room", "required_features", "time_set", "times", "rooms"),
            List.of("course", "config", "subpart", "section", "limit")).withNumbers("limit")),
    DISTRIBUTIONS(TableSchema.of("distributions", false, List.of("type", "sections", "required", "penalty"),
            List.of("type", "sections")).withNumbers("penalty")),
    CURRICULA(TableSchema.of("curricula", false, List.of("curriculum", "sections"), List.of("curriculum", "sections"))),
    STUDENTS(TableSchema.of("students", false, List.of("student", "group", "course", "sections"), List.of("student"))),
    LOCKS(TableSchema.of("locks", false, List.of("section", "lock", "days", "start", "end", "weeks", "room"),
            List.of("section", "lock")).withClocks("start", "end"));

    private final TableSchema schema;

    BundleTable(TableSchema schema) {
        this.schema = schema;
    }

    public TableSchema schema() {
        return schema;
    }

    /** Every table's schema, in order. */
    public static List<TableSchema> schemas() {
        return Arrays.stream(values()).map(BundleTable::schema).toList();
    }
}
