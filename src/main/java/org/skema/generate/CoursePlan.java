package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/** A course with one config, before the problem exists. */
final class CoursePlan {
    final String id;
    final String name;
    final List<SubpartPlan> subparts = new ArrayList<>();

    CoursePlan(String id, String name) {
        this.id = id;
        this.name = name;
    }

    SubpartPlan subpart(String id, String name) {
        SubpartPlan subpart = new SubpartPlan(id, name, this);
        subparts.add(subpart);
        return subpart;
    }
}
