package org.skema.io.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skema.io.DefaultRooms;
import org.skema.io.table.Row;
import org.skema.io.table.Table;
import org.skema.io.table.TableSource;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/**
 * Reads the time-sets, courses and sections tables. A section row names its course, config and
 * subpart; configs and subparts are created on first mention, in row order. Parents may come later
 * in the file, so they are checked once every section is known.
 */
final class SectionRowsReader {
    private final ProblemBuilder builder;
    private final TableTimes times;
    private final TableSource source;
    private final Map<String, List<TimeOption>> timeSets = new LinkedHashMap<>();
    private final Map<Subpart, String> subpartNames = new HashMap<>();
    private final Map<Subpart, String> subpartRows = new HashMap<>();
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<Section, Row> parentRows = new LinkedHashMap<>();

    SectionRowsReader(ProblemBuilder builder, TableTimes times, TableSource source) {
        this.builder = builder;
        this.times = times;
        this.source = source;
    }

    void read(Table timeSetTable, Table courseTable, Table sectionTable) {
        if (timeSetTable != null) {
            for (Row row : timeSetTable.rows()) {
                String name = row.require("set");
                List<TimeOption> set = timeSets.computeIfAbsent(name, k -> new ArrayList<>());
                TimeOption option = row.at("penalty", () -> new TimeOption(times.pattern(row), row.nonNegativeOr("penalty", 0)));
                if (set.stream().anyMatch(o -> o.pattern().equals(option.pattern()))) {
                    throw row.error("days", "time set '" + name + "' lists this time twice");
                }
                set.add(option);
            }
        }
        for (Row row : courseTable.rows()) {
            String id = row.require("id");
            row.at("id", () -> builder.addCourse(id, row.optional("name"), row.nonNegativeOr("min_days", 0)));
        }
        for (Row row : sectionTable.rows()) {
            section(row);
        }
        checkParents();
    }

    private void section(Row row) {
        Course course = row.at("course", () -> builder.course(row.require("course")));
        String configId = row.require("config");
        Config config = course.configs().stream().filter(c -> c.id().equals(configId)).findFirst()
                .orElseGet(() -> row.at("config", () -> builder.addConfig(course, configId)));
        String subpartId = row.require("subpart");
        Subpart existing = config.subparts().stream().filter(s -> s.id().equals(subpartId)).findFirst().orElse(null);
        Subpart subpart = existing != null ? existing
                : row.at("subpart", () -> builder.addSubpart(config, subpartId, row.optional("subpart_name")));
        subpartName(row, subpart, existing == null);
        String id = row.require("section");
        int limit = row.nonNegative("limit");
        List<Teacher> teachers = new ArrayList<>();
        for (String teacherId : row.list("teachers")) {
            Teacher teacher = row.at("teachers", () -> builder.teacher(teacherId));
            if (teachers.contains(teacher)) {
                throw row.error("teachers", "teacher " + teacherId + " is listed twice");
            }
            teachers.add(teacher);
        }
        boolean needsRoom = row.flag("needs_room", true);
        Set<String> features = Set.copyOf(row.list("required_features"));
        List<TimeOption> options = times(row);
        List<RoomOption> rooms = rooms(row, needsRoom, features);
        String parent = row.optional("parent");
        Section section = row.at("section", () -> builder.addSection(subpart, id, row.optional("name"), limit, parent,
                teachers, needsRoom, features, options, rooms));
        sections.put(id, section);
        if (parent != null) {
            parentRows.put(section, row);
        }
    }

    /** A subpart is named on its first row; later rows may repeat the name or leave it empty. */
    private void subpartName(Row row, Subpart subpart, boolean created) {
        String name = row.optional("subpart_name");
        if (created) {
            subpartRows.put(subpart, row.where());
            if (name != null) {
                subpartNames.put(subpart, name);
            }
        } else if (name != null && !name.equals(subpartNames.get(subpart))) {
            String earlier = subpartNames.get(subpart);
            throw row.error("subpart_name", "subpart " + subpart + " is " + (earlier == null ? "unnamed"
                    : "called '" + earlier + "'") + " on its first row, " + subpartRows.get(subpart)
                    + "; name a subpart on its first row");
        }
    }

    private List<TimeOption> times(Row row) {
        if (row.has("time_set") && row.has("times")) {
            throw row.error("times", "give either time_set or times, not both");
        }
        if (row.has("time_set")) {
            List<TimeOption> set = timeSets.get(row.text("time_set"));
            if (set == null) {
                throw row.error("time_set", "unknown time set '" + row.text("time_set") + "' ("
                        + (timeSets.isEmpty() ? source.nameOf(BundleTable.TIME_SETS.schema()) + " defines none" : "known: " + shortList(timeSets.keySet()))
                        + ")");
            }
            return set;
        }
        if (!row.has("times")) {
            throw row.error("times", "a section needs its allowed times: fill in time_set or times");
        }
        return times.options(row, "times");
    }

    /** The listed rooms ("N-101, S-202:2" with optional penalties), or when none every room with the features. */
    private List<RoomOption> rooms(Row row, boolean needsRoom, Set<String> features) {
        List<String> listed = row.list("rooms");
        if (!needsRoom) {
            if (!listed.isEmpty()) {
                throw row.error("rooms", "a section that needs no room takes no rooms");
            }
            return List.of();
        }
        if (listed.isEmpty()) {
            List<RoomOption> all = DefaultRooms.fitting(builder.rooms(), features);
            if (all.isEmpty()) {
                throw row.error("rooms", builder.rooms().isEmpty() ? "needs a room but " + source.nameOf(BundleTable.ROOMS.schema()) + " lists none"
                        : "no room has all the required features " + new TreeSet<>(features));
            }
            return all;
        }
        List<RoomOption> options = new ArrayList<>();
        for (String item : listed) {
            int colon = item.lastIndexOf(':');
            boolean withPenalty = colon > 0 && item.substring(colon + 1).strip().matches("\\d+");
            String id = withPenalty ? item.substring(0, colon).strip() : item;
            int penalty = withPenalty ? Integer.parseInt(item.substring(colon + 1).strip()) : 0;
            Room room = row.at("rooms", () -> builder.room(id));
            if (options.stream().anyMatch(o -> o.room() == room)) {
                throw row.error("rooms", "room " + id + " is listed twice");
            }
            Set<String> missing = new TreeSet<>(features);
            missing.removeAll(room.features());
            if (!missing.isEmpty()) {
                throw row.error("rooms", "room " + id + " lacks the required feature(s) " + missing);
            }
            options.add(new RoomOption(room, penalty));
        }
        return options;
    }

    private void checkParents() {
        parentRows.forEach((child, row) -> {
            String parentId = row.text("parent");
            Section parent = sections.get(parentId);
            if (parent == null) {
                throw row.error("parent", "unknown section '" + parentId + "'");
            }
            if (parent == child) {
                throw row.error("parent", "a section cannot be its own parent");
            }
            if (parent.course() != child.course()) {
                throw row.error("parent", "parent " + parentId + " belongs to course " + parent.course().id()
                        + ", not to " + child.course().id());
            }
        });
        for (Map.Entry<Section, Row> entry : parentRows.entrySet()) {
            List<String> chain = new ArrayList<>(List.of(entry.getKey().id()));
            Section next = sections.get(entry.getValue().text("parent"));
            while (next != null && chain.size() <= sections.size()) {
                chain.add(next.id());
                if (next == entry.getKey()) {
                    throw entry.getValue().error("parent", "parents form a cycle: " + String.join(" -> ", chain));
                }
                Row nextRow = parentRows.get(next);
                next = nextRow == null ? null : sections.get(nextRow.text("parent"));
            }
        }
    }

    private static String shortList(Set<String> names) {
        List<String> first = names.stream().sorted().limit(8).toList();
        return String.join(", ", first) + (names.size() > first.size() ? ", ..." : "");
    }
}
