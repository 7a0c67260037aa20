package org.skema.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A kind of teaching within a config (lecture, exercise class); its sections are alternatives. */
public final class Subpart {
    private final String id;
    private final String name;
    private final Config config;
    private final List<Section> sections = new ArrayList<>();

    Subpart(String id, String name, Config config) {
        this.id = Ids.require(id);
        this.name = name == null ? id : name;
        this.config = config;
    }

    public String id() {
        return id;
    }

    /** What kind of teaching this is, for people: "Lecture", "Exercise class". */
    public String name() {
        return name;
    }

    public Config config() {
        return config;
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    void add(Section section) {
        sections.add(section);
    }

    @Override
    public String toString() {
        return config + "/" + id;
    }
}
