package org.skema.sectioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Subpart;

/**
 * Puts every student into one section of each subpart of one config per requested course, keeping
 * their fixed sections and parent sections, and filling the emptiest section first so that class
 * limits hold where they can. Per course it looks for a combination in which every section still
 * has a seat (a short depth-first search, so that an emptiest lecture whose exercises are all full
 * is passed over), and only when there is none takes the emptiest sections regardless of limits.
 * Deterministic: students and sections are visited in problem order.
 */
public final class GreedySectioner implements Sectioner {
    /** Search steps per student and course before settling for a combination over some limit. */
    private static final int SEARCH_BUDGET = 10_000;

    @Override
    public Enrolments section(Problem problem) {
        int[] enrolled = new int[problem.sections().size()];
        List<List<Section>> enrolments = new ArrayList<>(problem.students().size());
        for (Student student : problem.students()) {
            List<Section> chosen = new ArrayList<>();
            for (Course course : student.courses()) {
                chosen.addAll(sectionCourse(student, course, enrolled));
            }
            chosen.forEach(section -> enrolled[section.index()]++);
            enrolments.add(chosen);
        }
        return Enrolments.of(enrolments);
    }

    private static List<Section> sectionCourse(Student student, Course course, int[] enrolled) {
        Set<Section> fixed = new HashSet<>();
        for (Section section : student.fixedSections()) {
            // a fixed section brings its parents along: the student must attend them too
            for (Section kept = section; kept != null && kept.course() == course; kept = kept.parent()) {
                fixed.add(kept);
            }
        }
        List<Config> configs = configsToTry(course, fixed, enrolled);
        if (configs.isEmpty()) {
            return List.of();
        }
        Comparator<Section> emptiestFirst = Comparator
                .comparingInt((Section section) -> section.limit() - enrolled[section.index()]).reversed()
                .thenComparingInt(Section::index);
        int[] budget = {SEARCH_BUDGET};
        for (Config config : configs) {
            List<Section> seated = withSeats(parentsFirst(config), 0, new ArrayList<>(), fixed, enrolled, emptiestFirst,
                    budget);
            if (seated != null) {
                return seated;
            }
        }
        return regardlessOfLimits(configs.get(0), fixed, emptiestFirst);
    }

    /** The fixed sections' config, or every config, most free seats first. */
    private static List<Config> configsToTry(Course course, Set<Section> fixed, int[] enrolled) {
        for (Section section : fixed) {
            return List.of(section.subpart().config());
        }
        return course.configs().stream()
                .sorted(Comparator.comparingLong((Config config) -> freeSeats(config, enrolled)).reversed()
                        .thenComparingInt(config -> course.configs().indexOf(config)))
                .toList();
    }

    /**
     * Depth first: one section per subpart from {@code next} on, each with a free seat (fixed
     * sections always qualify) and its parent among those chosen; null when there is none.
     */
    private static List<Section> withSeats(List<Subpart> subparts, int next, List<Section> chosen, Set<Section> fixed,
            int[] enrolled, Comparator<Section> order, int[] budget) {
        if (next == subparts.size()) {
            return List.copyOf(chosen);
        }
        for (Section section : candidates(subparts.get(next), chosen, fixed, enrolled, order)) {
            if (--budget[0] < 0) {
                return null;
            }
            chosen.add(section);
            List<Section> found = withSeats(subparts, next + 1, chosen, fixed, enrolled, order, budget);
            if (found != null) {
                return found;
            }
            chosen.remove(chosen.size() - 1);
        }
        return null;
    }

    private static List<Section> candidates(Subpart subpart, List<Section> chosen, Set<Section> fixed, int[] enrolled,
            Comparator<Section> order) {
        for (Section section : subpart.sections()) {
            if (fixed.contains(section)) {
                return List.of(section);
            }
        }
        return subpart.sections().stream()
                .filter(section -> section.limit() > enrolled[section.index()])
                .filter(section -> section.parent() == null || chosen.contains(section.parent()))
                .sorted(order)
                .toList();
    }

    /** The emptiest section of each subpart whose parent is chosen, full or not. */
    private static List<Section> regardlessOfLimits(Config config, Set<Section> fixed, Comparator<Section> order) {
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
                        .min(order)
                        .orElse(null);
            }
            if (pick != null) {
                chosen.add(pick);
            }
        }
        return List.copyOf(chosen);
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
    public static List<Subpart> parentsFirst(Config config) {
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
