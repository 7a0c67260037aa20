package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/** A student with the courses taken and every section attended (all fixed). */
final class StudentPlan {
    final String id;
    final String group;
    final List<CoursePlan> courses = new ArrayList<>();
    final List<SectionPlan> sections = new ArrayList<>();

    StudentPlan(String id, String group) {
        this.id = id;
        this.group = group;
    }
}
