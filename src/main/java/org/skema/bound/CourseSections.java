package org.skema.bound;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Section;
import org.skema.model.Subpart;

/** Every section of a course, over all its configs. */
final class CourseSections {
    private CourseSections() {
    }

    static List<Section> of(Course course) {
        List<Section> sections = new ArrayList<>();
        for (Config config : course.configs()) {
            for (Subpart subpart : config.subparts()) {
                sections.addAll(subpart.sections());
            }
        }
        return sections;
    }
}
