package org.skema.io.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skema.io.table.Row;
import org.skema.io.table.Table;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.TimeOption;
import org.skema.model.TimeText;

/** Reads the locks table against the finished problem: every locked value must be one the section allows. */
final class LockReader {
    private static final List<String> TIME_COLUMNS = List.of("days", "start", "end", "weeks");

    private final Problem problem;
    private final TableTimes times;

    LockReader(Problem problem, TableTimes times) {
        this.problem = problem;
        this.times = times;
    }

    List<SectionLock> read(Table table) {
        List<SectionLock> locks = new ArrayList<>();
        if (table == null) {
            return locks;
        }
        Map<Section, String> rows = new HashMap<>();
        for (Row row : table.rows()) {
            String id = row.require("section");
            Section section = problem.section(id);
            if (section == null) {
                throw row.error("section", "unknown section '" + id + "'");
            }
            String earlier = rows.putIfAbsent(section, row.where());
            if (earlier != null) {
                throw row.error("section", "section " + id + " is locked on " + earlier + " already");
            }
            String kind = row.require("lock").toLowerCase(Locale.ROOT);
            if (!List.of("time", "room", "both").contains(kind)) {
                throw row.error("lock", "must be time, room or both, got '" + row.text("lock") + "'");
            }
            TimeOption time = kind.equals("room") ? none(row, TIME_COLUMNS) : time(row, section);
            RoomOption room = kind.equals("time") ? none(row, List.of("room")) : room(row, section);
            locks.add(new SectionLock(section, time, room));
        }
        return locks;
    }

    private static <T> T none(Row row, List<String> columns) {
        for (String column : columns) {
            if (row.has(column)) {
                throw row.error(column, "must be empty: this lock does not lock the " + (column.equals("room") ? "room"
                        : "time") + " (set lock to both to lock time and room)");
            }
        }
        return null;
    }

    private TimeOption time(Row row, Section section) {
        var pattern = times.pattern(row);
        TimeOption option = section.timeOption(pattern);
        if (option == null) {
            throw row.error("days", TimeText.pattern(pattern, problem.calendar()) + " is not one of the allowed times of "
                    + "section " + section.id());
        }
        return option;
    }

    private RoomOption room(Row row, Section section) {
        String id = row.require("room");
        Room room = problem.room(id);
        if (room == null) {
            throw row.error("room", "unknown room '" + id + "'");
        }
        RoomOption option = section.roomOption(room);
        if (option == null) {
            throw row.error("room", section.needsRoom() ? "room " + id + " is not one of the rooms of section "
                    + section.id() : "section " + section.id() + " needs no room");
        }
        return option;
    }
}
