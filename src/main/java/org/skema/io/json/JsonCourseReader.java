package org.skema.io.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.skema.io.DefaultRooms;
import org.skema.io.json.dto.ConfigJson;
import org.skema.io.json.dto.CourseJson;
import org.skema.io.json.dto.RoomOptionJson;
import org.skema.io.json.dto.SectionJson;
import org.skema.io.json.dto.SubpartJson;
import org.skema.io.json.dto.TimeOptionJson;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.ProblemBuilder;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;

/** Reads time sets and the course tree down to sections, then checks the sections' parents. */
final class JsonCourseReader {
    private final JsonErrors errors;
    private final JsonTimes times;
    private final ProblemBuilder builder;
    private final Map<String, List<TimeOption>> timeSets = new LinkedHashMap<>();
    private final IdRegistry sectionIds;
    private final Map<String, Section> sections = new HashMap<>();
    private final Map<Section, JsonPath> parentPaths = new LinkedHashMap<>();
    private final Map<Section, String> parentIds = new HashMap<>();

    JsonCourseReader(JsonErrors errors, JsonTimes times, ProblemBuilder builder) {
        this.errors = errors;
        this.times = times;
        this.builder = builder;
        this.sectionIds = new IdRegistry("section", errors);
    }

    void read(Map<String, List<TimeOptionJson>> sets, List<CourseJson> courses) {
        readTimeSets(sets);
        IdRegistry courseIds = new IdRegistry("course", errors);
        courses = JsonProblemReader.orEmpty(courses);
        for (int i = 0; i < courses.size(); i++) {
            CourseJson course = courses.get(i);
            JsonPath at = JsonPath.ROOT.field("courses").index(i, course.id());
            String id = errors.requireId(course.id(), at);
            courseIds.claim(id, at);
            int minDays = course.minDays() == null ? 0 : errors.nonNegative(course.minDays(), at.field("minDays"));
            Course added = errors.at(at, () -> builder.addCourse(id, course.name(), minDays));
            List<ConfigJson> configs = JsonProblemReader.orEmpty(course.configs());
            for (int c = 0; c < configs.size(); c++) {
                config(added, configs.get(c), at.field("configs").index(c, configs.get(c).id()));
            }
        }
        checkParents();
    }

    private void readTimeSets(Map<String, List<TimeOptionJson>> sets) {
        if (sets == null) {
            return;
        }
        sets.forEach((name, list) -> {
            JsonPath at = JsonPath.ROOT.field("timeSets").field(name);
            if (list.isEmpty()) {
                throw errors.error(at, "a time set must list at least one time");
            }
            timeSets.put(name, times.options(list, at));
        });
    }

    private void config(Course course, ConfigJson json, JsonPath at) {
        String id = errors.requireId(json.id(), at);
        Config config = errors.at(at, () -> builder.addConfig(course, id));
        List<SubpartJson> subparts = JsonProblemReader.orEmpty(json.subparts());
        for (int s = 0; s < subparts.size(); s++) {
            SubpartJson subpartJson = subparts.get(s);
            JsonPath subpartAt = at.field("subparts").index(s, subpartJson.id());
            String subpartId = errors.requireId(subpartJson.id(), subpartAt);
            Subpart subpart = errors.at(subpartAt, () -> builder.addSubpart(config, subpartId, subpartJson.name()));
            List<SectionJson> list = JsonProblemReader.orEmpty(subpartJson.sections());
            for (int k = 0; k < list.size(); k++) {
                section(subpart, list.get(k), subpartAt.field("sections").index(k, list.get(k).id()));
            }
        }
    }

    private void section(Subpart subpart, SectionJson json, JsonPath at) {
        String id = errors.requireId(json.id(), at);
        sectionIds.claim(id, at);
        int limit = errors.nonNegative(errors.require(json.limit(), at, "limit"), at.field("limit"));
        List<Teacher> teachers = teachers(JsonProblemReader.orEmpty(json.teachers()), at.field("teachers"));
        boolean needsRoom = json.needsRoom() == null || json.needsRoom();
        Set<String> features = JsonRoomReader.features(json.requiredFeatures(), at.field("requiredFeatures"), errors);
        List<TimeOption> options = times(json, at);
        List<RoomOption> rooms = rooms(json.rooms(), needsRoom, features, at);
        Section section = errors.at(at, () -> builder.addSection(subpart, id, json.name(), limit, json.parent(), teachers,
                needsRoom, features, options, rooms));
        sections.put(id, section);
        if (json.parent() != null) {
            parentIds.put(section, json.parent());
            parentPaths.put(section, at.field("parent"));
        }
    }

    private List<Teacher> teachers(List<String> ids, JsonPath at) {
        List<Teacher> teachers = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Teacher teacher = errors.at(at.index(i), () -> builder.teacher(id));
            if (teachers.contains(teacher)) {
                throw errors.error(at.index(i), "teacher " + id + " is listed twice");
            }
            teachers.add(teacher);
        }
        return teachers;
    }

    private List<TimeOption> times(SectionJson json, JsonPath at) {
        if (json.timeSet() != null && json.times() != null) {
            throw errors.error(at, "give either \"timeSet\" or \"times\", not both");
        }
        if (json.timeSet() != null) {
            List<TimeOption> set = timeSets.get(json.timeSet());
            if (set == null) {
                throw errors.error(at.field("timeSet"), "unknown time set \"" + json.timeSet() + "\" ("
                        + (timeSets.isEmpty() ? "the file defines no \"timeSets\"" : "known: " + shortList(timeSets.keySet()))
                        + ")");
            }
            return set;
        }
        if (json.times() == null) {
            throw errors.error(at, "missing field \"times\" or \"timeSet\" (a section needs its allowed times)");
        }
        if (json.times().isEmpty()) {
            throw errors.error(at.field("times"), "must list at least one allowed time");
        }
        return times.options(json.times(), at.field("times"));
    }

    /** The listed rooms, or when none are listed every room with the required features, penalty 0. */
    private List<RoomOption> rooms(List<RoomOptionJson> listed, boolean needsRoom, Set<String> features, JsonPath at) {
        if (!needsRoom) {
            if (listed != null && !listed.isEmpty()) {
                throw errors.error(at.field("rooms"), "a section with \"needsRoom\": false takes no rooms");
            }
            return List.of();
        }
        if (listed == null) {
            List<RoomOption> all = DefaultRooms.fitting(builder.rooms(), features);
            if (all.isEmpty()) {
                throw errors.error(at, builder.rooms().isEmpty() ? "needs a room but the problem has no rooms"
                        : "no room has all the required features " + new TreeSet<>(features));
            }
            return all;
        }
        if (listed.isEmpty()) {
            throw errors.error(at.field("rooms"), "must list at least one room (or leave out \"rooms\" to allow every"
                    + " room that fits, or set \"needsRoom\": false)");
        }
        List<RoomOption> options = new ArrayList<>();
        Set<Room> seen = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            RoomOptionJson option = listed.get(i);
            JsonPath element = at.field("rooms").index(i);
            String id = errors.requireText(option.room(), element, "room");
            Room room = errors.at(element.field("room"), () -> builder.room(id));
            if (!seen.add(room)) {
                throw errors.error(element, "room " + id + " is listed twice");
            }
            Set<String> missing = new TreeSet<>(features);
            missing.removeAll(room.features());
            if (!missing.isEmpty()) {
                throw errors.error(element, "room " + id + " lacks the required feature(s) " + missing);
            }
            int penalty = option.penalty() == null ? 0 : errors.nonNegative(option.penalty(), element.field("penalty"));
            options.add(new RoomOption(room, penalty));
        }
        return options;
    }

    /**
     * Parents may come later in the file, so they are checked once every section is known; the
     * builder links them in {@code build()}, which then finds nothing left to complain about.
     */
    private void checkParents() {
        parentPaths.forEach((child, at) -> {
            String parentId = parentIds.get(child);
            Section parent = sections.get(parentId);
            if (parent == null) {
                throw errors.error(at, "unknown section '" + parentId + "'");
            }
            if (parent == child) {
                throw errors.error(at, "a section cannot be its own parent");
            }
            if (parent.course() != child.course()) {
                throw errors.error(at, "parent " + parentId + " belongs to course " + parent.course().id()
                        + ", not to " + child.course().id());
            }
        });
        for (Section child : parentPaths.keySet()) {
            List<String> chain = new ArrayList<>(List.of(child.id()));
            for (String next = parentIds.get(child); next != null; next = parentIds.get(sections.get(next))) {
                chain.add(next);
                if (next.equals(child.id())) {
                    throw errors.error(parentPaths.get(child), "parents form a cycle: " + String.join(" -> ", chain));
                }
                if (chain.size() > sections.size() + 1) {
                    break;
                }
            }
        }
    }

    private static String shortList(Set<String> names) {
        List<String> first = names.stream().sorted().limit(8).toList();
        return String.join(", ", first) + (names.size() > first.size() ? ", ..." : "");
    }
}
