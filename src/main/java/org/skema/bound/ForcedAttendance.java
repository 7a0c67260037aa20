package org.skema.bound;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.skema.model.Course;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Student;
import org.skema.model.Subpart;

/**
 * Pairs of sections that share students in every valid sectioning, with how many: a student attends
 * their fixed sections with their parents, and, of a requested course with one config, every subpart
 * that has a single section (the sectioning rules are hard: each requested course is attended, one
 * section per subpart of one config). A student conflict between other sections depends on how
 * students are sectioned and is bounded below by 0.
 */
final class ForcedAttendance {
    private ForcedAttendance() {
    }

    /** Students per pair, keyed by {@link #key} of the two sections' indexes. */
    static Map<Long, Integer> pairs(Problem problem) {
        Map<Long, Integer> counts = new HashMap<>();
        int sectionCount = problem.sections().size();
        for (Student student : problem.students()) {
            Section[] forced = forcedSections(student).toArray(Section[]::new);
            for (int i = 0; i < forced.length; i++) {
                for (int j = i + 1; j < forced.length; j++) {
                    counts.merge(key(forced[i].index(), forced[j].index(), sectionCount), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static long key(int a, int b, int sectionCount) {
        return (long) Math.min(a, b) * sectionCount + Math.max(a, b);
    }

    private static Set<Section> forcedSections(Student student) {
        Set<Section> forced = new LinkedHashSet<>();
        for (Section fixed : student.fixedSections()) {
            for (Section section = fixed; section != null; section = section.parent()) {
                forced.add(section);
            }
        }
        for (Course course : student.courses()) {
            if (course.configs().size() == 1) {
                for (Subpart subpart : course.configs().get(0).subparts()) {
                    if (subpart.sections().size() == 1) {
                        forced.add(subpart.sections().get(0));
                    }
                }
            }
        }
        return forced;
    }
}
