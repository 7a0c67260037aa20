package org.skema.replan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Five realistic changes to a generated faculty after its timetable was published, made to the
 * problem file as a planner would make them: the internal teacher with the most classes on one day
 * falls ill on that day; the class room used most is closed; master students change electives (and
 * a few join a new one); a new elective seminar opens; a lecture grows from two hours to three.
 * Seeded and deterministic.
 */
final class FacultyChanges {
    private static final String NEW_COURSE = "NEW01";
    private static final int NEW_SEMINAR_STUDENTS = 10;

    private final Map<String, JsonObject> placements = new HashMap<>();
    private final Random random;
    private final List<String> done = new ArrayList<>();
    private JsonObject problem;

    private FacultyChanges(JsonObject problem, JsonObject previous, long seed) {
        this.problem = problem;
        this.random = new Random(seed);
        for (JsonValue value : previous.getJsonArray("sections")) {
            JsonObject placement = value.asJsonObject();
            placements.put(placement.getString("id"), placement);
        }
    }

    /**
     * Writes the changed problem to {@code target}.
     *
     * @param enrolmentChanges how many students change their courses (at least {@value #NEW_SEMINAR_STUDENTS})
     * @return one line per change
     */
    static List<String> apply(Path problemFile, Path previousSolution, int enrolmentChanges, long seed, Path target) {
        FacultyChanges changes = new FacultyChanges(read(problemFile), read(previousSolution), seed);
        changes.teacherFallsIll();
        changes.roomCloses();
        changes.newSeminar();
        changes.studentsChangeElectives(enrolmentChanges - NEW_SEMINAR_STUDENTS);
        changes.lectureGrows();
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            Json.createWriter(writer).writeObject(changes.problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(changes.done);
    }

    /** The internal teacher with the most classes on one weekday cannot come that day any more. */
    private void teacherFallsIll() {
        Map<String, Integer> perTeacherDay = new LinkedHashMap<>();
        forEachSection(section -> {
            JsonObject placed = placements.get(section.getString("id"));
            if (placed != null && placed.containsKey("days")) {
                for (JsonValue teacher : section.getJsonArray("teachers")) {
                    String id = ((JsonString) teacher).getString();
                    for (String day : placed.getString("days").split(",")) {
                        if (id.startsWith("I")) {
                            perTeacherDay.merge(id + " " + day, 1, Integer::sum);
                        }
                    }
                }
            }
            return section;
        });
        String busiest = perTeacherDay.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String teacherId = busiest.split(" ")[0];
        String day = busiest.split(" ")[1];
        JsonArrayBuilder teachers = Json.createArrayBuilder();
        for (JsonValue value : problem.getJsonArray("teachers")) {
            JsonObject teacher = value.asJsonObject();
            if (teacher.getString("id").equals(teacherId)) {
                JsonArrayBuilder unavailable = Json.createArrayBuilder(teacher.containsKey("unavailable")
                        ? teacher.getJsonArray("unavailable") : JsonValue.EMPTY_JSON_ARRAY);
                unavailable.add(Json.createObjectBuilder().add("days", day).add("start", "00:00").add("end", "24:00"));
                teacher = Json.createObjectBuilder(teacher).add("unavailable", unavailable).build();
            }
            teachers.add(teacher);
        }
        problem = Json.createObjectBuilder(problem).add("teachers", teachers).build();
        done.add("teacher " + teacherId + " is unavailable on " + day + " (" + perTeacherDay.get(busiest)
                + " classes that day)");
    }

    /** The class room (no auditorium) that holds the most classes closes; sections keep their other rooms. */
    private void roomCloses() {
        Map<String, Integer> uses = new LinkedHashMap<>();
        placements.values().forEach(p -> {
            if (p.containsKey("room") && p.getString("room").contains("-C")) {
                uses.merge(p.getString("room"), 1, Integer::sum);
            }
        });
        Set<String> onlyOption = new HashSet<>();
        forEachSection(section -> {
            JsonArray rooms = section.getJsonArray("rooms");
            if (rooms != null && rooms.size() == 1) {
                onlyOption.add(rooms.getJsonObject(0).getString("room"));
            }
            return section;
        });
        String closed = uses.entrySet().stream().filter(e -> !onlyOption.contains(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        JsonArrayBuilder rooms = Json.createArrayBuilder();
        problem.getJsonArray("rooms").stream().filter(r -> !r.asJsonObject().getString("id").equals(closed))
                .forEach(rooms::add);
        problem = Json.createObjectBuilder(problem).add("rooms", rooms).build();
        forEachSection(section -> {
            JsonArray options = section.getJsonArray("rooms");
            if (options == null) {
                return section;
            }
            JsonArrayBuilder kept = Json.createArrayBuilder();
            options.stream().filter(o -> !o.asJsonObject().getString("room").equals(closed)).forEach(kept::add);
            return Json.createObjectBuilder(section).add("rooms", kept).build();
        });
        done.add("room " + closed + " is closed (it held " + uses.get(closed) + " classes)");
    }

    /** A new elective seminar like an existing one, taught by the internal teacher with the fewest classes. */
    private void newSeminar() {
        JsonObject model = null;
        Map<String, Integer> load = new HashMap<>();
        for (JsonValue value : problem.getJsonArray("teachers")) {
            String id = value.asJsonObject().getString("id");
            if (id.startsWith("I")) {
                load.put(id, 0);
            }
        }
        for (JsonObject section : sections()) {
            section.getJsonArray("teachers").forEach(t -> load.computeIfPresent(((JsonString) t).getString(),
                    (k, v) -> v + 1));
            if (model == null && section.getString("id").endsWith("-S") && section.containsKey("timeSet")) {
                model = section;
            }
        }
        String teacher = load.entrySet().stream().min(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        JsonObject seminar = Json.createObjectBuilder(model).add("id", NEW_COURSE + "-S")
                .add("name", "Law and Artificial Intelligence, seminar").add("limit", 40)
                .add("teachers", Json.createArrayBuilder().add(teacher)).remove("parent").build();
        JsonObject course = Json.createObjectBuilder().add("id", NEW_COURSE).add("name", "Law and Artificial Intelligence")
                .add("configs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1")
                        .add("subparts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "S")
                                .add("name", "Seminar").add("sections", Json.createArrayBuilder().add(seminar))))))
                .build();
        problem = Json.createObjectBuilder(problem)
                .add("courses", Json.createArrayBuilder(problem.getJsonArray("courses")).add(course)).build();
        List<Integer> masters = masterStudents();
        JsonArrayBuilder students = Json.createArrayBuilder();
        Set<Integer> joining = new HashSet<>(pick(masters, NEW_SEMINAR_STUDENTS));
        JsonArray all = problem.getJsonArray("students");
        for (int i = 0; i < all.size(); i++) {
            JsonObject student = all.getJsonObject(i);
            if (joining.contains(i)) {
                student = Json.createObjectBuilder(student)
                        .add("courses", Json.createArrayBuilder(student.getJsonArray("courses")).add(NEW_COURSE))
                        .add("sections", Json.createArrayBuilder(student.getJsonArray("sections")).add(NEW_COURSE + "-S"))
                        .build();
            }
            students.add(student);
        }
        problem = Json.createObjectBuilder(problem).add("students", students).build();
        done.add("new elective " + NEW_COURSE + " (one seminar, like " + model.getString("id") + ", teacher " + teacher
                + "), joined by " + NEW_SEMINAR_STUDENTS + " master students");
    }

    /**
     * Master students swap one elective for another that has a free seat in every section and no
     * groups to choose from (each of its subparts has one section).
     */
    private void studentsChangeElectives(int count) {
        Map<String, List<String>> sectionsOf = new LinkedHashMap<>();
        Map<String, Integer> seats = new HashMap<>();
        for (JsonValue value : problem.getJsonArray("courses")) {
            JsonObject course = value.asJsonObject();
            if (!course.getString("id").startsWith("EL")) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            boolean simple = true;
            for (JsonValue config : course.getJsonArray("configs")) {
                for (JsonValue subpart : config.asJsonObject().getJsonArray("subparts")) {
                    JsonArray sections = subpart.asJsonObject().getJsonArray("sections");
                    simple &= sections.size() == 1;
                    sections.forEach(s -> {
                        ids.add(s.asJsonObject().getString("id"));
                        seats.put(s.asJsonObject().getString("id"), s.asJsonObject().getInt("limit"));
                    });
                }
            }
            if (simple && course.getJsonArray("configs").size() == 1) {
                sectionsOf.put(course.getString("id"), ids);
            }
        }
        JsonArray all = problem.getJsonArray("students");
        for (JsonValue value : all) {
            value.asJsonObject().getJsonArray("sections").forEach(s -> seats.computeIfPresent(((JsonString) s).getString(),
                    (k, v) -> v - 1));
        }
        List<Integer> masters = masterStudents();
        Map<Integer, JsonObject> changed = new HashMap<>();
        int changes = 0;
        for (int i : pick(masters, masters.size())) {
            if (changes == count) {
                break;
            }
            JsonObject student = all.getJsonObject(i);
            List<String> courses = strings(student.getJsonArray("courses"));
            List<String> droppable = courses.stream().filter(sectionsOf::containsKey).toList();
            List<String> open = sectionsOf.keySet().stream().filter(c -> !courses.contains(c))
                    .filter(c -> sectionsOf.get(c).stream().allMatch(s -> seats.get(s) > 0)).toList();
            if (droppable.isEmpty() || open.isEmpty()) {
                continue;
            }
            String drop = droppable.get(random.nextInt(droppable.size()));
            String take = open.get(random.nextInt(open.size()));
            List<String> newCourses = new ArrayList<>(courses);
            newCourses.set(newCourses.indexOf(drop), take);
            List<String> newSections = new ArrayList<>(strings(student.getJsonArray("sections")));
            newSections.removeAll(sectionsOf.get(drop));
            newSections.addAll(sectionsOf.get(take));
            sectionsOf.get(drop).forEach(s -> seats.merge(s, 1, Integer::sum));
            sectionsOf.get(take).forEach(s -> seats.merge(s, -1, Integer::sum));
            changed.put(i, Json.createObjectBuilder(student).add("courses", Json.createArrayBuilder(newCourses))
                    .add("sections", Json.createArrayBuilder(newSections)).build());
            changes++;
        }
        JsonArrayBuilder students = Json.createArrayBuilder();
        for (int i = 0; i < all.size(); i++) {
            students.add(changed.getOrDefault(i, all.getJsonObject(i)));
        }
        problem = Json.createObjectBuilder(problem).add("students", students).build();
        done.add(changes + " master students swap an elective for another (plus " + NEW_SEMINAR_STUDENTS
                + " who join " + NEW_COURSE + ": " + (changes + NEW_SEMINAR_STUDENTS) + " enrolment changes)");
    }

    /** The first lecture of the first bachelor course grows by an hour: its times end an hour later. */
    private void lectureGrows() {
        String[] grown = new String[1];
        forEachSection(section -> {
            String id = section.getString("id");
            if (grown[0] != null || !id.matches("BA\\d+-\\d+-L1\\.1") || !section.containsKey("timeSet")) {
                return section;
            }
            JsonArrayBuilder times = Json.createArrayBuilder();
            for (JsonValue value : problem.getJsonObject("timeSets").getJsonArray(section.getString("timeSet"))) {
                JsonObject time = value.asJsonObject();
                int end = minutes(time.getString("end")) + 60;
                if (end <= 20 * 60) {
                    times.add(Json.createObjectBuilder(time).add("end", String.format("%02d:%02d", end / 60, end % 60)));
                }
            }
            grown[0] = id;
            return Json.createObjectBuilder(section).remove("timeSet").add("times", times).build();
        });
        done.add("lecture " + grown[0] + " grows from two hours to three");
    }

    private static int minutes(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private List<Integer> masterStudents() {
        List<Integer> masters = new ArrayList<>();
        JsonArray all = problem.getJsonArray("students");
        for (int i = 0; i < all.size(); i++) {
            if ("MA".equals(all.getJsonObject(i).getString("group", ""))) {
                masters.add(i);
            }
        }
        return masters;
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }

    private List<JsonObject> sections() {
        List<JsonObject> sections = new ArrayList<>();
        forEachSection(section -> {
            sections.add(section);
            return section;
        });
        return sections;
    }

    /** Replaces every section by what {@code change} makes of it. */
    private void forEachSection(Function<JsonObject, JsonObject> change) {
        JsonArrayBuilder courses = Json.createArrayBuilder();
        for (JsonValue courseValue : problem.getJsonArray("courses")) {
            JsonObject course = courseValue.asJsonObject();
            JsonArrayBuilder configs = Json.createArrayBuilder();
            for (JsonValue configValue : course.getJsonArray("configs")) {
                JsonObject config = configValue.asJsonObject();
                JsonArrayBuilder subparts = Json.createArrayBuilder();
                for (JsonValue subpartValue : config.getJsonArray("subparts")) {
                    JsonObject subpart = subpartValue.asJsonObject();
                    JsonArrayBuilder sections = Json.createArrayBuilder();
                    subpart.getJsonArray("sections").forEach(s -> sections.add(change.apply(s.asJsonObject())));
                    subparts.add(Json.createObjectBuilder(subpart).add("sections", sections));
                }
                configs.add(Json.createObjectBuilder(config).add("subparts", subparts));
            }
            courses.add(Json.createObjectBuilder(course).add("configs", configs));
        }
        problem = Json.createObjectBuilder(problem).add("courses", courses).build();
    }

    private static JsonObject read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(reader)) {
            return json.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
