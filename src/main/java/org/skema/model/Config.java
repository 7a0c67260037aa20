package org.skema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One way to take a course: a student in this config attends one section of every subpart. */
public final class Config {
    private final String id;
    private final Course course;
    private final List<Subpart> subparts = new ArrayList<>();

    Config(String id, Course course) {
        this.id = Ids.require(id);
        this.course = course;
    }

    public String id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public List<Subpart> subparts() {
        return Collections.unmodifiableList(subparts);
    }

    void add(Subpart subpart) {
        subparts.add(subpart);
    }

    @Override
    public String toString() {
        return course.id() + "/" + id;
    }
}
