package org.skema.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** Every flaw of these enrolments (one list per student, in student order): structure first, then limits. */
    public static List<Flaw> flaws(Problem problem, List<List<Section>> enrolments) {
        List<Flaw> flaws = new ArrayList<>();
        for (Student student : problem.students()) {
            structure(student, attended(enrolments.get(student.index())), flaws);
        }
        limits(problem, enrolments, flaws);
        return flaws;
    }

    private static Set<Section> attended(List<Section> enrolment) {
        Set<Section> attended = new LinkedHashSet<>();
        enrolment.stream().sorted(Comparator.comparingInt(Section::index)).forEach(attended::add);
        return attended;
    }

    private static void structure(Student student, Set<Section> attended, List<Flaw> out) {
        Map<Course, List<Section>> byCourse = new LinkedHashMap<>();
        for (Section section : attended) {
            if (student.courses().contains(section.course())) {
                byCourse.computeIfAbsent(section.course(), c -> new ArrayList<>()).add(section);
            } else {
                out.add(structural(student, List.of(section), 1, "student " + student.id() + " attends section "
                        + section.id() + " of course " + section.course().id() + ", which they did not request"));
            }
        }
        for (Course course : student.courses()) {
            List<Section> taken = byCourse.getOrDefault(course, List.of());
            if (taken.isEmpty()) {
                out.add(structural(student, List.of(), 1, "student " + student.id() + " attends no section of "
                        + "requested course " + course.id()));
            } else {
                configAndSubparts(student, course, taken, out);
            }
        }
        for (Section section : attended) {
            Section parent = section.parent();
            if (parent != null && !attended.contains(parent)) {
                out.add(structural(student, List.of(section, parent), 1, "student " + student.id() + " attends section "
                        + section.id() + " but not its parent " + parent.id()));
            }
        }
    }

    /** The student's config is the one holding most of their sections of the course (the first on a tie). */
    private static void configAndSubparts(Student student, Course course, List<Section> taken, List<Flaw> out) {
        Config config = course.configs().stream()
                .max(Comparator.comparingLong((Config c) -> taken.stream().filter(s -> s.subpart().config() == c).count())
                        .thenComparing(c -> -course.configs().indexOf(c)))
                .orElseThrow();
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

    private static void limits(Problem problem, List<List<Section>> enrolments, List<Flaw> out) {
        List<List<Student>> studentsBySection = new ArrayList<>(problem.sections().size());
        problem.sections().forEach(s -> studentsBySection.add(new ArrayList<>()));
        for (Student student : problem.students()) {
            attended(enrolments.get(student.index())).forEach(s -> studentsBySection.get(s.index()).add(student));
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
