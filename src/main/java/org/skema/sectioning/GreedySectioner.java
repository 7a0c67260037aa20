package org.skema.sectioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Subpart;

/**
 * Puts every student into one section of each subpart of one config per requested course, keeping
 * their fixed sections and parent sections, and filling the emptiest section first so that class
 * limits hold where they can. Deterministic: students and sections are visited in problem order.
 */
public final class GreedySectioner {

    public List<List<Section>> section(Problem problem) {
        int[] enrolled = new int[problem.sections().size()];
        List<List<Section>> enrolments = new ArrayList<>(problem.students().size());
        for (Student student : problem.students()) {
            List<Section> chosen = new ArrayList<>();
            for (Course course : student.courses()) {
                chosen.addAll(sectionCourse(student, course, enrolled));
            }
            chosen.sort(Comparator.comparingInt(Section::index));
            chosen.forEach(section -> enrolled[section.index()]++);
            enrolments.add(chosen);
        }
        return enrolments;
    }

    private List<Section> sectionCourse(Student student, Course course, int[] enrolled) {
        Set<Section> fixed = new HashSet<>();
        for (Section section : student.fixedSections()) {
            if (section.course() == course) {
                fixed.add(section);
            }
        }
        Config config = chooseConfig(course, fixed, enrolled);
        if (config == null) {
            return List.of();
        }
        Set<Section> chosen = new LinkedHashSet<>();
        for (Subpart subpart : parentsFirst(config)) {
            Section pick = null;
            for (Section section : subpart.sections()) {
                if (fixed.contains(section)) {
                    pick = section;
                    break;
                }
            }
            if (pick == null) {
                pick = subpart.sections().stream()
                        .filter(section -> section.parent() == null || chosen.contains(section.parent()))
                        .max(Comparator.comparingInt((Section section) -> section.limit() - enrolled[section.index()])
                                .thenComparing(Section::index, Comparator.reverseOrder()))
                        .orElse(null);
            }
            if (pick != null) {
                chosen.add(pick);
            }
        }
        return List.copyOf(chosen);
    }

    private static Config chooseConfig(Course course, Set<Section> fixed, int[] enrolled) {
        for (Section section : fixed) {
            return section.subpart().config();
        }
        return course.configs().stream()
                .max(Comparator.comparingLong((Config config) -> freeSeats(config, enrolled))
                        .thenComparing(config -> -course.configs().indexOf(config)))
                .orElse(null);
    }

    private static long freeSeats(Config config, int[] enrolled) {
        long seats = Long.MAX_VALUE;
        for (Subpart subpart : config.subparts()) {
            long free = 0;
            for (Section section : subpart.sections()) {
                free += Math.max(0, section.limit() - enrolled[section.index()]);
            }
            seats = Math.min(seats, free);
        }
        return seats;
    }

    /** Subparts ordered so that a subpart holding parents comes before the subparts of its children. */
    static List<Subpart> parentsFirst(Config config) {
        List<Subpart> ordered = new ArrayList<>();
        List<Subpart> remaining = new ArrayList<>(config.subparts());
        while (!remaining.isEmpty()) {
            Subpart next = remaining.stream()
                    .filter(subpart -> subpart.sections().stream().allMatch(section -> section.parent() == null
                            || ordered.contains(section.parent().subpart())
                            || section.parent().subpart() == subpart))
                    .findFirst()
                    .orElse(remaining.get(0));
            ordered.add(next);
            remaining.remove(next);
        }
        return ordered;
    }
}
