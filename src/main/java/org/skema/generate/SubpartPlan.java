package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A subpart: its sections are alternatives, so a course that meets twice a week has one subpart per
 * weekly meeting, linked by parents (the model's rule that a student attends one section per subpart).
 */
final class SubpartPlan {
    final String id;
    final String name;
    final CoursePlan course;
    final List<SectionPlan> sections = new ArrayList<>();

    SubpartPlan(String id, String name, CoursePlan course) {
        this.id = id;
        this.name = name;
        this.course = course;
    }
}
