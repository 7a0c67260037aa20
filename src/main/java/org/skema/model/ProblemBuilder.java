package org.skema.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Problem} element by element, checking ids as they come. Readers call it in file
 * order and turn each {@link ModelException} into an error that names the place in the file.
 */
public final class ProblemBuilder {
    private final String name;
    private final Calendar calendar;
    private ObjectiveWeights weights = ObjectiveWeights.faculty();
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<Long, Integer> travel = new HashMap<>();
    private final Map<String, Teacher> teachers = new LinkedHashMap<>();
    private final Map<String, Course> courses = new LinkedHashMap<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<Section, String> pendingParents = new LinkedHashMap<>();
    private final List<Distribution> distributions = new ArrayList<>();
    private final Map<String, Curriculum> curricula = new LinkedHashMap<>();
    private final Map<String, Student> students = new LinkedHashMap<>();

    public ProblemBuilder(String name, Calendar calendar) {
        this.name = name == null || name.isBlank() ? "unnamed" : name;
        this.calendar = calendar;
    }

    public Calendar calendar() {
        return calendar;
    }

    public ProblemBuilder weights(ObjectiveWeights weights) {
        this.weights = weights;
        return this;
    }

    public Room addRoom(String id, String roomName, int capacity, String building, Set<String> features,
            List<TimePattern> unavailable) {
        return addRoom(id, roomName, capacity, building, features, unavailable, false);
    }

    /** @param withdrawn closed for now: unavailable at every time (see {@link Room}) */
    public Room addRoom(String id, String roomName, int capacity, String building, Set<String> features,
            List<TimePattern> unavailable, boolean withdrawn) {
        requireNew(rooms, id, "room");
        unavailable.forEach(calendar::requireFits);
        Room room = new Room(rooms.size(), id, roomName, capacity, building, features, unavailable, withdrawn);
        rooms.put(id, room);
        return room;
    }

    /** Sets the travel time between two rooms in both directions. */
    public void setTravel(Room a, Room b, int slots) {
        if (slots < 0) {
            throw new ModelException("travel time must not be negative, got " + slots);
        }
        if (a == b) {
            throw new ModelException("travel from room " + a.id() + " to itself");
        }
        travel.put(pairKey(a, b), slots);
    }

    private static long pairKey(Room a, Room b) {
        int low = Math.min(a.index(), b.index());
        int high = Math.max(a.index(), b.index());
        return ((long) low << 32) | high;
    }

    public Teacher addTeacher(String id, String teacherName, Teacher.Kind kind, List<TimePattern> unavailable,
            List<TimeOption> undesired) {
        return addTeacher(id, teacherName, kind, unavailable, undesired, false);
    }

    /** @param withdrawn ill or on leave: unavailable at every time (see {@link Teacher}) */
    public Teacher addTeacher(String id, String teacherName, Teacher.Kind kind, List<TimePattern> unavailable,
            List<TimeOption> undesired, boolean withdrawn) {
        requireNew(teachers, id, "teacher");
        unavailable.forEach(calendar::requireFits);
        undesired.forEach(option -> calendar.requireFits(option.pattern()));
        Teacher teacher = new Teacher(id, teacherName, kind, unavailable, undesired, withdrawn);
        teachers.put(id, teacher);
        return teacher;
    }

    public Course addCourse(String id, String courseName) {
        return addCourse(id, courseName, 0);
    }

    /** A course whose sections should meet on at least {@code minDays} different days of the week. */
    public Course addCourse(String id, String courseName, int minDays) {
        requireNew(courses, id, "course");
        Course course = new Course(id, courseName, minDays);
        courses.put(id, course);
        return course;
    }

    public Config addConfig(Course course, String id) {
        if (course.configs().stream().anyMatch(c -> c.id().equals(id))) {
            throw new ModelException("duplicate config id '" + id + "' in course " + course.id());
        }
        Config config = new Config(id, course);
        course.add(config);
        return config;
    }

    public Subpart addSubpart(Config config, String id, String subpartName) {
        if (config.subparts().stream().anyMatch(s -> s.id().equals(id))) {
            throw new ModelException("duplicate subpart id '" + id + "' in config " + config);
        }
        Subpart subpart = new Subpart(id, subpartName, config);
        config.add(subpart);
        return subpart;
    }

    /**
     * Adds a section. The parent is given by id and may be added later; {@link #build()} resolves it.
     */
    public Section addSection(Subpart subpart, String id, String sectionName, int limit, String parentId,
            List<Teacher> sectionTeachers, boolean needsRoom, Set<String> requiredFeatures, List<TimeOption> times,
            List<RoomOption> roomOptions) {
        requireNew(sections, id, "section");
        times.forEach(option -> calendar.requireFits(option.pattern()));
        if (times.stream().map(TimeOption::pattern).distinct().count() != times.size()) {
            throw new ModelException("section lists the same time twice");
        }
        if (roomOptions.stream().map(RoomOption::room).distinct().count() != roomOptions.size()) {
            throw new ModelException("section lists the same room twice");
        }
        Section section = new Section(sections.size(), id, sectionName, subpart, limit, sectionTeachers, needsRoom,
                requiredFeatures, times, roomOptions);
        subpart.add(section);
        sections.put(id, section);
        if (parentId != null) {
            pendingParents.put(section, parentId);
        }
        return section;
    }

    public Distribution addDistribution(DistributionType type, int[] parameters, List<Section> members, boolean required,
            int penalty) {
        Distribution distribution = new Distribution(distributions.size(), type, parameters, members, required, penalty);
        distributions.add(distribution);
        return distribution;
    }

    public Curriculum addCurriculum(String id, List<Section> members) {
        requireNew(curricula, id, "curriculum");
        Curriculum curriculum = new Curriculum(curricula.size(), id, members);
        curricula.put(id, curriculum);
        return curriculum;
    }

    public Student addStudent(String id, String group, List<Course> requested, List<Section> fixedSections) {
        requireNew(students, id, "student");
        Student student = new Student(students.size(), id, group, requested, fixedSections);
        students.put(id, student);
        return student;
    }

    public Room room(String id) {
        return find(rooms, id, "room");
    }

    public Teacher teacher(String id) {
        return find(teachers, id, "teacher");
    }

    public Course course(String id) {
        return find(courses, id, "course");
    }

    public Section section(String id) {
        return find(sections, id, "section");
    }

    public List<Room> rooms() {
        return List.copyOf(rooms.values());
    }

    public Problem build() {
        for (Map.Entry<Section, String> pending : pendingParents.entrySet()) {
            Section child = pending.getKey();
            Section parent = sections.get(pending.getValue());
            if (parent == null) {
                throw new ModelException("section " + child.id() + " has unknown parent '" + pending.getValue() + "'");
            }
            if (parent.course() != child.course()) {
                throw new ModelException("section " + child.id() + " has parent " + parent.id() + " in another course");
            }
            child.setParent(parent);
        }
        for (Section section : sections.values()) {
            requireNoParentCycle(section);
        }
        int[][] travelSlots = new int[rooms.size()][rooms.size()];
        travel.forEach((key, slots) -> {
            int low = (int) (key >>> 32);
            int high = (int) (long) key;
            travelSlots[low][high] = slots;
            travelSlots[high][low] = slots;
        });
        Map<String, Course> courseMap = new HashMap<>(courses);
        return new Problem(name, calendar, weights, List.copyOf(rooms.values()), new TravelTimes(travelSlots),
                List.copyOf(teachers.values()), List.copyOf(courses.values()), List.copyOf(sections.values()),
                distributions, List.copyOf(curricula.values()), List.copyOf(students.values()), rooms, teachers,
                courseMap, sections, students, List.of(), null);
    }

    private static void requireNoParentCycle(Section section) {
        Section current = section.parent();
        int steps = 0;
        while (current != null) {
            if (current == section || ++steps > 1000) {
                throw new ModelException("section " + section.id() + " is its own ancestor");
            }
            current = current.parent();
        }
    }

    private static <T> void requireNew(Map<String, T> existing, String id, String kind) {
        if (id == null || id.isBlank()) {
            throw new ModelException(kind + " id must not be empty");
        }
        if (existing.containsKey(id)) {
            throw new ModelException("duplicate " + kind + " id '" + id + "'");
        }
    }

    private static <T> T find(Map<String, T> existing, String id, String kind) {
        T found = existing.get(id);
        if (found == null) {
            throw new ModelException("unknown " + kind + " '" + id + "'");
        }
        return found;
    }
}
