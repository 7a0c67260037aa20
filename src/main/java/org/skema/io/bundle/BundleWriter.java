package org.skema.io.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skema.io.DefaultRooms;
import org.skema.io.OutputException;
import org.skema.io.TravelEntries;
import org.skema.io.table.TableSchema;
import org.skema.io.table.TableSink;
import org.skema.model.Calendar;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Distribution;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.SectionLock;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/**
 * Writes a problem (and locks) as bundle tables: every table of {@link BundleTable}, header-only
 * when it has no rows, so that a written bundle doubles as a template. Like the JSON writer it
 * leaves defaults empty and turns time lists that several sections share into named time sets.
 * A value the sink would read back as something else (outer spaces, a comma inside a list item)
 * is refused before anything is written, so that a bundle Skema wrote always reads back as the same
 * problem; the sink writes all or nothing.
 */
final class BundleWriter {
    private final Problem problem;
    private final Calendar calendar;
    private final TableTimes times;
    private final List<String> losses = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final Map<List<TimeOption>, String> timeSetNames = new LinkedHashMap<>();

    BundleWriter(Problem problem) {
        this.problem = problem;
        this.calendar = problem.calendar();
        this.times = new TableTimes(calendar);
    }

    List<String> write(TableSink sink) {
        Map<BundleTable, List<List<String>>> files = new LinkedHashMap<>();
        files.put(BundleTable.CALENDAR, List.of(List.of(problem.name(), "" + calendar.weeks(), "" + calendar.daysPerWeek(),
                "" + calendar.slotsPerDay())));
        files.put(BundleTable.WEIGHTS, weights());
        files.put(BundleTable.ROOMS, problem.rooms().stream().map(this::room).toList());
        files.put(BundleTable.ROOM_UNAVAILABLE, roomUnavailable());
        files.put(BundleTable.TRAVEL, TravelEntries.of(problem).stream()
                .map(e -> List.of(e.from(), e.to(), "" + e.minutes())).toList());
        files.put(BundleTable.TEACHERS, problem.teachers().stream().map(t -> List.of(t.id(), nameUnlessId(t.name(), t.id()),
                t.kind() == Teacher.Kind.EXTERNAL ? "external" : "internal", withdrawn(t.withdrawn()))).toList());
        files.put(BundleTable.TEACHER_TIMES, teacherTimes());
        files.put(BundleTable.TIME_SETS, timeSets());
        files.put(BundleTable.COURSES, problem.courses().stream().map(c -> List.of(c.id(), nameUnlessId(c.name(), c.id()),
                c.minDays() == 0 ? "" : "" + c.minDays())).toList());
        files.put(BundleTable.SECTIONS, sections());
        files.put(BundleTable.DISTRIBUTIONS, problem.distributions().stream().map(this::distribution).toList());
        files.put(BundleTable.CURRICULA, problem.curricula().stream().map(c -> List.of(c.id(),
                list(c.sections().stream().map(Section::id).toList(), "sections of curriculum " + c.id()))).toList());
        files.put(BundleTable.STUDENTS, students());
        files.put(BundleTable.LOCKS, problem.locks().stream().map(this::lock).toList());
        Map<TableSchema, List<List<String>>> tables = new LinkedHashMap<>();
        files.forEach((kind, rows) -> {
            requireReadable(sink, kind.schema(), rows);
            tables.put(kind.schema(), rows);
        });
        if (!unreadable.isEmpty()) {
            throw new OutputException("cannot write " + sink.describe() + ": " + unreadable.get(0)
                    + (unreadable.size() > 1 ? " (and " + (unreadable.size() - 1) + " more)" : "")
                    + "; nothing was written (the JSON format keeps it)");
        }
        sink.write(tables);
        return losses;
    }

    /** Notes every cell that reading would change: the reader strips outer spaces of each cell. */
    private void requireReadable(TableSink sink, TableSchema schema, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = sink.stored(row.get(c));
                if (!cell.equals(cell.strip())) {
                    unreadable.add(sink.nameOf(schema) + " row " + (r + 2) + ", column " + schema.columns().get(c)
                            + ": '" + row.get(c) + "' has outer spaces, which a bundle cell does not keep");
                }
            }
        }
    }

    private List<List<String>> weights() {
        var w = problem.weights();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = WeightNames.numbers(w);
        for (int i = 0; i < numbers.size(); i++) {
            rows.add(List.of(WeightNames.NUMBERS.get(i), "" + numbers.get(i)));
        }
        rows.add(List.of(WeightNames.ROOM_CAPACITY_IS_HARD, w.roomCapacityIsHard() ? "yes" : "no"));
        return rows;
    }

    private List<String> room(Room room) {
        return List.of(room.id(), nameUnlessId(room.name(), room.id()), "" + room.capacity(), room.building(),
                list(room.features().stream().sorted().toList(), "features of room " + room.id()),
                withdrawn(room.withdrawn()));
    }

    /** "yes" for a withdrawn room or teacher; empty (not withdrawn) otherwise, so the column stays quiet. */
    private static String withdrawn(boolean withdrawn) {
        return withdrawn ? "yes" : "";
    }

    private List<List<String>> roomUnavailable() {
        List<List<String>> rows = new ArrayList<>();
        for (Room room : problem.rooms()) {
            for (TimePattern time : room.unavailable()) {
                rows.add(concat(List.of(room.id()), times.cells(time)));
            }
        }
        return rows;
    }

    private List<List<String>> teacherTimes() {
        List<List<String>> rows = new ArrayList<>();
        for (Teacher teacher : problem.teachers()) {
            for (TimePattern time : teacher.unavailable()) {
                rows.add(concat(List.of(teacher.id(), "unavailable"), times.cells(time), List.of("")));
            }
            for (TimeOption option : teacher.undesired()) {
                rows.add(concat(List.of(teacher.id(), "undesired"), times.cells(option.pattern()),
                        List.of("" + option.penalty())));
            }
        }
        return rows;
    }

    /** Names every time list that more than one section uses, in order of first use. */
    private List<List<String>> timeSets() {
        Map<List<TimeOption>, Integer> uses = new LinkedHashMap<>();
        problem.sections().forEach(section -> uses.merge(section.times(), 1, Integer::sum));
        List<List<String>> rows = new ArrayList<>();
        uses.forEach((list, count) -> {
            if (count > 1) {
                String name = "set" + (timeSetNames.size() + 1);
                timeSetNames.put(list, name);
                for (TimeOption option : list) {
                    rows.add(concat(List.of(name), times.cells(option.pattern()),
                            List.of(option.penalty() == 0 ? "" : "" + option.penalty())));
                }
            }
        });
        return rows;
    }

    private List<List<String>> sections() {
        List<List<String>> rows = new ArrayList<>();
        for (Course course : problem.courses()) {
            for (Config config : course.configs()) {
                if (config.subparts().isEmpty()) {
                    losses.add("config " + config + " has no subparts; a bundle lists configs only through their sections");
                }
                for (Subpart subpart : config.subparts()) {
                    if (subpart.sections().isEmpty()) {
                        losses.add("subpart " + subpart + " has no sections; a bundle lists subparts only through their"
                                + " sections");
                    }
                    boolean first = true;
                    for (Section section : subpart.sections()) {
                        rows.add(section(section, first));
                        first = false;
                    }
                }
            }
        }
        return rows;
    }

    private List<String> section(Section section, boolean firstOfSubpart) {
        Subpart subpart = section.subpart();
        String timeSet = timeSetNames.get(section.times());
        String what = "section " + section.id();
        return List.of(section.course().id(), subpart.config().id(), subpart.id(),
                firstOfSubpart ? nameUnlessId(subpart.name(), subpart.id()) : "",
                section.id(), nameUnlessId(section.name(), section.id()), "" + section.limit(),
                section.parent() == null ? "" : section.parent().id(),
                list(section.teachers().stream().map(Teacher::id).toList(), "teachers of " + what),
                section.needsRoom() ? "yes" : "no",
                list(section.requiredFeatures().stream().sorted().toList(), "required features of " + what),
                timeSet == null ? "" : timeSet,
                timeSet == null ? String.join("; ", section.times().stream().map(times::format).toList()) : "",
                DefaultRooms.isDefault(problem, section) ? "" : list(section.rooms().stream()
                        .map(o -> o.penalty() != 0 || o.room().id().matches(".*:\\s*\\d+") ? o.room().id() + ":" + o.penalty()
                                : o.room().id()).toList(), "rooms of " + what));
    }

    private List<String> distribution(Distribution distribution) {
        return List.of(distribution.typeText(), list(distribution.sections().stream().map(Section::id).toList(),
                "sections of " + distribution), distribution.required() ? "yes" : "no",
                distribution.required() ? "" : "" + distribution.penalty());
    }

    /**
     * One row per student and course with that course's fixed sections; a student without courses
     * gets one row without a course.
     */
    private List<List<String>> students() {
        List<List<String>> rows = new ArrayList<>();
        for (Student student : problem.students()) {
            if (student.courses().isEmpty()) {
                rows.add(List.of(student.id(), student.group(), "", ""));
            }
            List<Section> inRowOrder = new ArrayList<>();
            for (Course course : student.courses()) {
                List<Section> fixed = student.fixedSections().stream().filter(s -> s.course() == course).toList();
                inRowOrder.addAll(fixed);
                rows.add(List.of(student.id(), student.group(), course.id(),
                        list(fixed.stream().map(Section::id).toList(), "fixed sections of student " + student.id())));
            }
            if (!inRowOrder.equals(student.fixedSections())) {
                losses.add("the order of student " + student.id() + "'s fixed sections becomes the order of their courses");
            }
        }
        return rows;
    }

    private List<String> lock(SectionLock lock) {
        List<String> time = lock.time() == null ? List.of("", "", "", "") : times.cells(lock.time().pattern());
        return concat(List.of(lock.section().id(), lock.kind()), time,
                List.of(lock.room() == null ? "" : lock.room().room().id()));
    }

    /** A comma-separated list cell; an item with a comma or outer spaces would read back as something else. */
    private String list(List<String> items, String what) {
        for (String item : items) {
            if (item.contains(",") || !item.equals(item.strip())) {
                unreadable.add(what + ": '" + item + "' has a comma or outer spaces, which a bundle list cannot hold");
            }
        }
        return String.join(", ", items);
    }

    private static String nameUnlessId(String name, String id) {
        return name.equals(id) ? "" : name;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
