package org.skema.solver.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skema.model.Curriculum;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Section;

/**
 * The problem facts of the curriculum-based rules: section pairs that share a curriculum (for the
 * conflict rule), curriculum memberships (for compactness, only when it weighs something) and the
 * courses that ask for a minimum number of days.
 */
public record CurriculumFacts(List<CurriculumPair> pairs, List<CurriculumMember> members,
        List<MinDaysCourse> minDaysCourses) {
    public static final CurriculumFacts NONE = new CurriculumFacts(List.of(), List.of(), List.of());

    public CurriculumFacts {
        pairs = List.copyOf(pairs);
        members = List.copyOf(members);
        minDaysCourses = List.copyOf(minDaysCourses);
    }

    public static CurriculumFacts of(Problem problem) {
        ObjectiveWeights weights = problem.weights();
        return new CurriculumFacts(pairs(problem), weights.curriculumCompactness() == 0 ? List.of() : members(problem),
                problem.courses().stream().filter(course -> course.minDays() > 0).map(MinDaysCourse::new).toList());
    }

    /** Each pair once, however many curricula it shares. */
    static List<CurriculumPair> pairs(Problem problem) {
        Set<Long> seen = new LinkedHashSet<>();
        for (Curriculum curriculum : problem.curricula()) {
            List<Section> sections = curriculum.sections();
            for (int i = 0; i < sections.size(); i++) {
                for (int j = i + 1; j < sections.size(); j++) {
                    int a = sections.get(i).index();
                    int b = sections.get(j).index();
                    seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
                }
            }
        }
        List<CurriculumPair> pairs = new ArrayList<>(seen.size());
        for (long key : seen) {
            pairs.add(new CurriculumPair(problem.sections().get((int) (key >>> 32)), problem.sections().get((int) key)));
        }
        return pairs;
    }

    static List<CurriculumMember> members(Problem problem) {
        List<CurriculumMember> members = new ArrayList<>();
        for (Curriculum curriculum : problem.curricula()) {
            CurriculumGroup group = new CurriculumGroup(curriculum, problem.weights().gapToleranceSlots());
            curriculum.sections().forEach(section -> members.add(new CurriculumMember(group, section)));
        }
        return members;
    }
}
