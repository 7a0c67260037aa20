package org.skema.model;

import java.util.HashSet;
import java.util.List;

/**
 * Sections that the same students attend together, such as an ITC 2007 curriculum (every lecture of
 * its courses) or a bachelor class group's sections. None of them may overlap, and the compactness
 * rule counts those that stand alone on their day. Identity is the object itself.
 */
public final class Curriculum {
    private final int index;
    private final String id;
    private final List<Section> sections;

    Curriculum(int index, String id, List<Section> sections) {
        if (new HashSet<>(sections).size() != sections.size()) {
            throw new ModelException("curriculum " + id + " lists a section twice");
        }
        this.index = index;
        this.id = Ids.require(id);
        this.sections = List.copyOf(sections);
    }

    /** Position in {@link Problem#curricula()}. */
    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public List<Section> sections() {
        return sections;
    }

    @Override
    public String toString() {
        return id;
    }
}
