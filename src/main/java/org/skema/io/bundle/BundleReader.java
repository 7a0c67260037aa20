package org.skema.io.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.skema.io.TravelEntries;
import org.skema.io.table.Row;
import org.skema.io.table.Table;
import org.skema.io.table.TableSource;
import org.skema.model.Calendar;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.ModelException;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;

/** Reads a bundle's tables, in {@link BundleTable} order, into a problem with its locks. */
final class BundleReader {
    private final TableSource source;
    private ProblemBuilder builder;
    private TableTimes times;

    BundleReader(TableSource source) {
        this.source = source;
    }

    Problem read() {
        calendar(table(BundleTable.CALENDAR));
        weights(table(BundleTable.WEIGHTS));
        rooms(table(BundleTable.ROOMS), table(BundleTable.ROOM_UNAVAILABLE));
        travel(table(BundleTable.TRAVEL));
        teachers(table(BundleTable.TEACHERS), table(BundleTable.TEACHER_TIMES));
        new SectionRowsReader(builder, times, source).read(table(BundleTable.TIME_SETS), table(BundleTable.COURSES),
                table(BundleTable.SECTIONS));
        distributions(table(BundleTable.DISTRIBUTIONS));
        curricula(table(BundleTable.CURRICULA));
        students(table(BundleTable.STUDENTS));
        Table lockTable = table(BundleTable.LOCKS);
        var problem = builderStep(() -> builder.build());
        return problem.withLocks(new LockReader(problem, times).read(lockTable));
    }

    private <T> T builderStep(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (ModelException e) {
            throw source.error(null, e.getMessage());
        }
    }

    /** The table, or null when an optional one is absent. */
    private Table table(BundleTable kind) {
        Table table = source.table(kind.schema());
        if (table == null && kind.schema().required()) {
            throw source.error(kind.schema(), "missing; every bundle needs " + String.join(", ",
                    Arrays.stream(BundleTable.values()).filter(t -> t.schema().required())
                            .map(t -> source.nameOf(t.schema())).toList()));
        }
        return table;
    }

    private static List<Row> rows(Table table) {
        return table == null ? List.of() : table.rows();
    }

    private void calendar(Table table) {
        if (table.rows().size() != 1) {
            throw table.error(table.rows().isEmpty() ? 2 : table.rows().get(1).line(),
                    "must have exactly one row below the header, got " + table.rows().size());
        }
        Row row = table.rows().get(0);
        int weeks = row.nonNegative("weeks");
        int days = row.nonNegative("days");
        int slots = row.nonNegative("slots_per_day");
        Calendar calendar = row.at(null, () -> new Calendar(weeks, days, slots));
        builder = new ProblemBuilder(row.optional("name"), calendar);
        times = new TableTimes(calendar);
    }

    /** Rows of weight name and value; names left out take the faculty defaults. */
    private void weights(Table table) {
        ObjectiveWeights defaults = ObjectiveWeights.faculty();
        Map<String, Integer> values = new LinkedHashMap<>();
        Boolean capacityIsHard = null;
        for (Row row : rows(table)) {
            String name = Table.normalise(row.require("weight"));
            if (values.containsKey(name) || (name.equals(WeightNames.ROOM_CAPACITY_IS_HARD) && capacityIsHard != null)) {
                throw row.error("weight", "'" + name + "' is given twice");
            }
            if (name.equals(WeightNames.ROOM_CAPACITY_IS_HARD)) {
                row.require("value");
                capacityIsHard = row.flag("value", true);
            } else if (WeightNames.NUMBERS.contains(name)) {
                values.put(name, row.nonNegative("value"));
            } else {
                throw row.error("weight", "unknown weight '" + row.text("weight") + "' (known: "
                        + String.join(", ", WeightNames.NUMBERS) + ", " + WeightNames.ROOM_CAPACITY_IS_HARD + ")");
            }
        }
        builder.weights(new ObjectiveWeights(
                values.getOrDefault("time", defaults.time()),
                values.getOrDefault("room", defaults.room()),
                values.getOrDefault("distribution", defaults.distribution()),
                values.getOrDefault("student_conflict", defaults.studentConflict()),
                values.getOrDefault("student_gap", defaults.studentGap()),
                values.getOrDefault("teacher_undesired", defaults.teacherUndesired()),
                values.getOrDefault("gap_tolerance_slots", defaults.gapToleranceSlots()),
                capacityIsHard == null ? defaults.roomCapacityIsHard() : capacityIsHard,
                values.getOrDefault("room_overflow", defaults.roomOverflow()),
                values.getOrDefault("min_working_days", defaults.minWorkingDays()),
                values.getOrDefault("curriculum_compactness", defaults.curriculumCompactness()),
                values.getOrDefault("room_stability", defaults.roomStability()),
                values.getOrDefault("disruption", defaults.disruption())));
    }

    private void rooms(Table table, Table unavailableTable) {
        Map<String, List<TimePattern>> unavailable = new LinkedHashMap<>();
        for (Row row : rows(table)) {
            unavailable.putIfAbsent(row.text("id"), new ArrayList<>());
        }
        for (Row row : rows(unavailableTable)) {
            List<TimePattern> list = unavailable.get(row.require("room"));
            if (list == null) {
                throw row.error("room", "unknown room '" + row.text("room") + "' (not in " + source.nameOf(BundleTable.ROOMS.schema()) + ")");
            }
            list.add(times.pattern(row));
        }
        for (Row row : rows(table)) {
            String id = row.require("id");
            int capacity = row.nonNegative("capacity");
            Set<String> features = Set.copyOf(row.list("features"));
            boolean withdrawn = row.flag("withdrawn", false);
            row.at("id", () -> builder.addRoom(id, row.optional("name"), capacity, row.optional("building"), features,
                    unavailable.get(id), withdrawn));
        }
    }

    /** Later rows override earlier ones, as in the JSON format: building-wide times first, exceptions after. */
    private void travel(Table table) {
        int perSlot = builder.calendar().minutesPerSlot();
        for (Row row : rows(table)) {
            List<Room> from = place(row, "from");
            List<Room> to = place(row, "to");
            int minutes = row.nonNegative("minutes");
            if (minutes % perSlot != 0) {
                throw row.error("minutes", "must be a multiple of the " + perSlot + "-minute slot, got " + minutes);
            }
            if (from.size() == 1 && from.equals(to)) {
                throw row.error("to", "travel from room " + row.text("from") + " to itself");
            }
            for (Room a : from) {
                for (Room b : to) {
                    if (a != b) {
                        row.at("minutes", () -> {
                            builder.setTravel(a, b, minutes / perSlot);
                            return null;
                        });
                    }
                }
            }
        }
    }

    private List<Room> place(Row row, String column) {
        String name = row.require(column);
        List<Room> rooms = TravelEntries.place(builder.rooms(), name);
        if (rooms.isEmpty()) {
            throw row.error(column, "unknown room or building '" + name + "'");
        }
        return rooms;
    }

    private void teachers(Table table, Table timesTable) {
        Map<String, List<TimePattern>> unavailable = new LinkedHashMap<>();
        Map<String, List<TimeOption>> undesired = new LinkedHashMap<>();
        for (Row row : rows(table)) {
            unavailable.putIfAbsent(row.text("id"), new ArrayList<>());
            undesired.putIfAbsent(row.text("id"), new ArrayList<>());
        }
        for (Row row : rows(timesTable)) {
            String teacher = row.require("teacher");
            if (!unavailable.containsKey(teacher)) {
                throw row.error("teacher", "unknown teacher '" + teacher + "' (not in " + source.nameOf(BundleTable.TEACHERS.schema()) + ")");
            }
            String type = row.require("type").toLowerCase(Locale.ROOT);
            TimePattern time = times.pattern(row);
            switch (type) {
                case "unavailable" -> {
                    if (row.has("penalty")) {
                        throw row.error("penalty", "an unavailable time is never used, so it takes no penalty");
                    }
                    unavailable.get(teacher).add(time);
                }
                case "undesired" -> undesired.get(teacher).add(row.at("penalty",
                        () -> new TimeOption(time, row.nonNegativeOr("penalty", 0))));
                default -> throw row.error("type", "must be unavailable or undesired, got '" + row.text("type") + "'");
            }
        }
        for (Row row : rows(table)) {
            String id = row.require("id");
            Teacher.Kind kind = switch (row.text("kind").toLowerCase(Locale.ROOT)) {
                case "", "internal" -> Teacher.Kind.INTERNAL;
                case "external" -> Teacher.Kind.EXTERNAL;
                default -> throw row.error("kind", "must be internal or external, got '" + row.text("kind") + "'");
            };
            boolean withdrawn = row.flag("withdrawn", false);
            row.at("id", () -> builder.addTeacher(id, row.optional("name"), kind, unavailable.get(id), undesired.get(id),
                    withdrawn));
        }
    }

    private void distributions(Table table) {
        for (Row row : rows(table)) {
            DistributionType.Parsed type = row.at("type", () -> DistributionType.parse(row.require("type")));
            List<Section> sections = sections(row, "sections", row.list("sections"));
            if (sections.isEmpty()) {
                throw row.error("sections", "must list at least one section");
            }
            boolean required = row.flag("required", false);
            int penalty;
            if (required) {
                if (row.nonNegativeOr("penalty", 0) != 0) {
                    throw row.error("penalty", "a required distribution has no penalty; leave it empty or set required to no");
                }
                penalty = 0;
            } else {
                penalty = row.nonNegativeOr("penalty", 0);
                if (penalty <= 0) {
                    throw row.error("penalty", "must be positive for a distribution that is not required");
                }
            }
            row.at(null, () -> builder.addDistribution(type.type(), type.parameters(), sections, required, penalty));
        }
    }

    /**
     * One row per student and course, with the sections of that course fixed for the student; a row
     * without a course only names the student (and group). A student's rows may be spread out.
     */
    private void students(Table table) {
        Map<String, StudentRows> students = new LinkedHashMap<>();
        for (Row row : rows(table)) {
            String id = row.require("student");
            StudentRows student = students.computeIfAbsent(id, k -> new StudentRows(row));
            String group = row.text("group");
            if (!group.isEmpty()) {
                if (!student.group.isEmpty() && !student.group.equals(group)) {
                    throw row.error("group", "student " + id + " is in group '" + student.group + "' on "
                            + student.groupRow + ", not '" + group + "'");
                }
                student.group = group;
                student.groupRow = row.where();
            }
            List<Section> fixed = sections(row, "sections", row.list("sections"));
            if (!row.has("course")) {
                if (!fixed.isEmpty()) {
                    throw row.error("course", "must name the course of the fixed sections");
                }
                continue;
            }
            Course course = row.at("course", () -> builder.course(row.text("course")));
            if (student.courses.contains(course)) {
                throw row.error("course", "student " + id + " takes course " + course.id() + " on an earlier line already");
            }
            student.courses.add(course);
            for (Section section : fixed) {
                if (section.course() != course) {
                    throw row.error("sections", "section " + section.id() + " belongs to course "
                            + section.course().id() + ", not to " + course.id());
                }
                if (student.fixed.contains(section)) {
                    throw row.error("sections", "section " + section.id() + " is listed twice");
                }
                student.fixed.add(section);
            }
        }
        students.forEach((id, student) -> student.firstRow.at("student",
                () -> builder.addStudent(id, student.group.isEmpty() ? null : student.group, student.courses,
                        student.fixed)));
    }

    /** A student's rows gathered. */
    private static final class StudentRows {
        final Row firstRow;
        final List<Course> courses = new ArrayList<>();
        final List<Section> fixed = new ArrayList<>();
        String group = "";
        String groupRow;

        StudentRows(Row firstRow) {
            this.firstRow = firstRow;
        }
    }

    /** One row per curriculum: its id and the sections attended together. */
    private void curricula(Table table) {
        for (Row row : rows(table)) {
            String id = row.require("curriculum");
            List<Section> sections = sections(row, "sections", row.list("sections"));
            row.at("curriculum", () -> builder.addCurriculum(id, sections));
        }
    }

    private List<Section> sections(Row row, String column, List<String> ids) {
        List<Section> sections = new ArrayList<>();
        for (String id : ids) {
            Section section = row.at(column, () -> builder.section(id));
            if (sections.contains(section)) {
                throw row.error(column, "section " + id + " is listed twice");
            }
            sections.add(section);
        }
        return sections;
    }
}
