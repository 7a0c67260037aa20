package org.skema.generate;

import java.util.ArrayList;
import java.util.List;

/** Sections one teacher takes together: the weekly meetings of a lecture stream, an exercise class or an elective. */
final class TeachingUnit {
    final List<SectionPlan> sections;
    final List<TeacherPlan> teachers = new ArrayList<>();

    TeachingUnit(List<SectionPlan> sections) {
        this.sections = List.copyOf(sections);
    }

    void assign(TeacherPlan teacher) {
        teachers.add(teacher);
        teacher.units.add(this);
        for (SectionPlan section : sections) {
            section.teachers.add(teacher);
            teacher.sections.add(section);
        }
    }

    /** One unit per meeting, for a class whose meetings two teachers share. */
    List<TeachingUnit> split() {
        List<TeachingUnit> parts = new ArrayList<>(sections.size());
        sections.forEach(section -> parts.add(new TeachingUnit(List.of(section))));
        return parts;
    }
}
