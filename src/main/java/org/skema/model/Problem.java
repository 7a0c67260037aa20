package org.skema.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A whole timetabling problem, as every reader produces it. Build one with {@link ProblemBuilder}. */
public final class Problem {
    private final String name;
    private final Calendar calendar;
    private final ObjectiveWeights weights;
    private final List<Room> rooms;
    private final TravelTimes travel;
    private final List<Teacher> teachers;
    private final List<Course> courses;
    private final List<Section> sections;
    private final List<Distribution> distributions;
    private final List<Curriculum> curricula;
    private final List<Student> students;
    private final Map<String, Room> roomsById;
    private final Map<String, Teacher> teachersById;
    private final Map<String, Course> coursesById;
    private final Map<String, Section> sectionsById;
    private final Map<String, Student> studentsById;
    // Re-planning: the planner's locks and, when re-solving, where sections were before.
    private final Map<Section, SectionLock> locks;
    private final Baseline previous;

    Problem(String name, Calendar calendar, ObjectiveWeights weights, List<Room> rooms, TravelTimes travel,
            List<Teacher> teachers, List<Course> courses, List<Section> sections, List<Distribution> distributions,
            List<Curriculum> curricula, List<Student> students, Map<String, Room> roomsById,
            Map<String, Teacher> teachersById, Map<String, Course> coursesById, Map<String, Section> sectionsById,
            Map<String, Student> studentsById, List<SectionLock> locks, Baseline previous) {
        this.name = name;
        this.calendar = calendar;
        this.weights = weights;
        this.rooms = List.copyOf(rooms);
        this.travel = travel;
        this.teachers = List.copyOf(teachers);
        this.courses = List.copyOf(courses);
        this.sections = List.copyOf(sections);
        this.distributions = List.copyOf(distributions);
        this.curricula = List.copyOf(curricula);
        this.students = List.copyOf(students);
        this.roomsById = Map.copyOf(roomsById);
        this.teachersById = Map.copyOf(teachersById);
        this.coursesById = Map.copyOf(coursesById);
        this.sectionsById = Map.copyOf(sectionsById);
        this.studentsById = Map.copyOf(studentsById);
        Map<Section, SectionLock> lockMap = new LinkedHashMap<>();
        for (SectionLock lock : locks) {
            if (sectionsById.get(lock.section().id()) != lock.section()) {
                throw new ModelException("section " + lock.section().id() + " is locked but not part of the problem");
            }
            lockMap.put(lock.section(), lock);
        }
        this.locks = Collections.unmodifiableMap(lockMap);
        if (previous != null && previous.sectionCount() != sections.size()) {
            throw new ModelException("the previous timetable is for another problem");
        }
        this.previous = previous;
    }

    /** The same problem judged with other weights. */
    public Problem withWeights(ObjectiveWeights newWeights) {
        return new Problem(name, calendar, newWeights, rooms, travel, teachers, courses, sections, distributions,
                curricula, students, roomsById, teachersById, coursesById, sectionsById, studentsById, locks(),
                previous);
    }

    /**
     * The same problem with more locks; a lock of a section that is locked already replaces the
     * earlier one (a planner's command-line lock overrides the file's).
     */
    public Problem withLocks(List<SectionLock> added) {
        Map<Section, SectionLock> merged = new LinkedHashMap<>(locks);
        added.forEach(lock -> merged.put(lock.section(), lock));
        return new Problem(name, calendar, weights, rooms, travel, teachers, courses, sections, distributions,
                curricula, students, roomsById, teachersById, coursesById, sectionsById, studentsById,
                List.copyOf(merged.values()), previous);
    }

    /** The same problem re-planned from an earlier timetable: moving a section away from it costs (see {@link Baseline}). */
    public Problem withPrevious(Baseline baseline) {
        return new Problem(name, calendar, weights, rooms, travel, teachers, courses, sections, distributions,
                curricula, students, roomsById, teachersById, coursesById, sectionsById, studentsById, locks(),
                baseline);
    }

    public String name() {
        return name;
    }

    public Calendar calendar() {
        return calendar;
    }

    public ObjectiveWeights weights() {
        return weights;
    }

    public List<Room> rooms() {
        return rooms;
    }

    public TravelTimes travel() {
        return travel;
    }

    public List<Teacher> teachers() {
        return teachers;
    }

    public List<Course> courses() {
        return courses;
    }

    /** Every section of every course, in reading order; {@link Section#index()} is the position here. */
    public List<Section> sections() {
        return sections;
    }

    public List<Distribution> distributions() {
        return distributions;
    }

    /** Groups of sections attended together; {@link Curriculum#index()} is the position here. */
    public List<Curriculum> curricula() {
        return curricula;
    }

    public List<Student> students() {
        return students;
    }

    public Room room(String id) {
        return roomsById.get(id);
    }

    public Teacher teacher(String id) {
        return teachersById.get(id);
    }

    public Course course(String id) {
        return coursesById.get(id);
    }

    public Section section(String id) {
        return sectionsById.get(id);
    }

    public Student student(String id) {
        return studentsById.get(id);
    }

    /** The planner's locks, at most one per section, in the order given. */
    public List<SectionLock> locks() {
        return List.copyOf(locks.values());
    }

    /** The section's lock, or null. */
    public SectionLock lock(Section section) {
        return locks.get(section);
    }

    /** The earlier timetable this problem is re-planned from, or null. */
    public Baseline previous() {
        return previous;
    }
}
