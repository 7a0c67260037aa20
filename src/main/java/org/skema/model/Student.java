package org.skema.model;

import java.util.List;

/**
 * A student: the courses they take and, optionally, sections already chosen for them (a bachelor's
 * fixed class group, say). The group label is for people and exports; rules never read it.
 */
public final class Student {
    private final int index;
    private final String id;
    private final String group;
    private final List<Course> courses;
    private final List<Section> fixedSections;

    Student(int index, String id, String group, List<Course> courses, List<Section> fixedSections) {
        if (courses.stream().distinct().count() != courses.size()) {
            throw new ModelException("student requests a course twice");
        }
        for (Section section : fixedSections) {
            if (!courses.contains(section.course())) {
                throw new ModelException("student is in section " + section.id() + " of course " + section.course().id()
                        + ", which they do not take");
            }
        }
        this.index = index;
        this.id = Ids.require(id);
        this.group = group == null ? "" : group;
        this.courses = List.copyOf(courses);
        this.fixedSections = List.copyOf(fixedSections);
    }

    /** Position in {@link Problem#students()}. */
    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public String group() {
        return group;
    }

    public List<Course> courses() {
        return courses;
    }

    public List<Section> fixedSections() {
        return fixedSections;
    }

    @Override
    public String toString() {
        return id;
    }
}
