package org.skema.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hard student sectioning rules of ITC 2019 (FORMAT-NOTES §5.5), judged on the sections each
 * student attends. Structure: per requested course one config, exactly one section of each of its
 * subparts and none of another config, every parent attended too, nothing of a course not
 * requested. Limit: no section has more students than its limit. A student's sections count as a
 * set (a section listed twice is attended once). Sectioning is fixed before solving, so the solver
 * takes these flaws as precomputed facts and the Evaluator lists them: both from here.
 */
public final class SectioningRules {
    private SectioningRules() {
    }

    /**
     * One broken sectioning requirement.
     *
     * @param rule     {@link Rule#SECTIONING_STRUCTURE} or {@link Rule#CLASS_LIMIT}
     * @param sections the sections involved (none when a requested course has none at all)
     * @param students the student whose sectioning is broken, or the students of a section over its limit
     * @param units    one per broken requirement of one student; one per student over a limit
     */
    public record Flaw(Rule rule, List<Section> sections, List<Student> students, int units, String message) {
        public Flaw {
            sections = List.copyOf(sections);
            students = List.copyOf(students);
        }
    }

    /** Every flaw of these enrolments: structure first, then limits. */
    public static List<Flaw> flaws(Problem problem, Enrolments enrolments) {
        List<Flaw> flaws = new ArrayList<>();
        for (Student student : problem.students()) {
            structure(student, enrolments, flaws);
        }
        limits(problem, enrolments, flaws);
        return flaws;
    }

    private static void structure(Student student, Enrolments enrolments, List<Flaw> out) {
        List<Section> attended = enrolments.of(student);
        for (Section section : attended) {
            if (!student.courses().contains(section.course())) {
                out.add(structural(student, List.of(section), 1, "student " + student.id() + " attends section "
                        + section.id() + " of course " + section.course().id() + ", which they did not request"));
            }
        }
        for (Course course : student.courses()) {
            List<Section> taken = enrolments.sectionsOf(student, course);
            if (taken.isEmpty()) {
                out.add(structural(student, List.of(), 1, "student " + student.id() + " attends no section of "
                        + "requested course " + course.id()));
            } else {
                configAndSubparts(student, enrolments.configOf(student, course), taken, out);
            }
        }
        Set<Section> attendedSet = new HashSet<>(attended);
        for (Section section : attended) {
            Section parent = section.parent();
            if (parent != null && !attendedSet.contains(parent)) {
                out.add(structural(student, List.of(section, parent), 1, "student " + student.id() + " attends section "
                        + section.id() + " but not its parent " + parent.id()));
            }
        }
    }

    private static void configAndSubparts(Student student, Config config, List<Section> taken, List<Flaw> out) {
        for (Section section : taken) {
            if (section.subpart().config() != config) {
                out.add(structural(student, List.of(section), 1, "student " + student.id() + " attends section "
                        + section.id() + " of config " + section.subpart().config() + " besides config " + config));
            }
        }
        for (Subpart subpart : config.subparts()) {
            List<Section> inSubpart = taken.stream().filter(s -> s.subpart() == subpart).toList();
            if (inSubpart.isEmpty()) {
                out.add(structural(student, List.of(), 1, "student " + student.id() + " attends no section of subpart "
                        + subpart));
            } else if (inSubpart.size() > 1) {
                out.add(structural(student, inSubpart, inSubpart.size() - 1, "student " + student.id() + " attends "
                        + inSubpart.size() + " sections of subpart " + subpart));
            }
        }
    }

    private static Flaw structural(Student student, List<Section> sections, int units, String message) {
        return new Flaw(Rule.SECTIONING_STRUCTURE, sections, List.of(student), units, message);
    }

    private static void limits(Problem problem, Enrolments enrolments, List<Flaw> out) {
        List<List<Student>> studentsBySection = new ArrayList<>(problem.sections().size());
        problem.sections().forEach(s -> studentsBySection.add(new ArrayList<>()));
        for (Student student : problem.students()) {
            enrolments.of(student).forEach(s -> studentsBySection.get(s.index()).add(student));
        }
        for (Section section : problem.sections()) {
            List<Student> students = studentsBySection.get(section.index());
            if (students.size() > section.limit()) {
                out.add(new Flaw(Rule.CLASS_LIMIT, List.of(section), students, students.size() - section.limit(),
                        "section " + section.id() + " has " + students.size() + " students, over its limit of "
                                + section.limit()));
            }
        }
    }
}
