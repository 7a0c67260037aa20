package org.skema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A course: a student who requests it attends one of its configs. */
public final class Course {
    private final String id;
    private final String name;
    private final List<Config> configs = new ArrayList<>();

    Course(String id, String name) {
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Config> configs() {
        return Collections.unmodifiableList(configs);
    }

    void add(Config config) {
        configs.add(config);
    }

    @Override
    public String toString() {
        return id;
    }
}
