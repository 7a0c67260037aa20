package org.skema.sectioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Subpart;

/**
 * Every valid combination of each course, listed once per problem. ITC 2019 courses have at most about
 * a thousand (wbg-fal10), most a few dozen; a course with more than {@link #MAX_PER_COURSE} keeps the
 * first ones found, so a pathological course bounds memory instead of exhausting it.
 */
public final class CourseCombinations {
    static final int MAX_PER_COURSE = 20_000;

    private final Map<Course, List<Combination>> byCourse = new HashMap<>();

    public CourseCombinations(Problem problem) {
        for (Course course : problem.courses()) {
            List<Combination> combinations = new ArrayList<>();
            for (Config config : course.configs()) {
                collect(config, GreedySectioner.parentsFirst(config), 0, new ArrayList<>(), combinations);
            }
            byCourse.put(course, List.copyOf(combinations));
        }
    }

    public List<Combination> of(Course course) {
        return byCourse.getOrDefault(course, List.of());
    }

    private static void collect(Config config, List<Subpart> subparts, int depth, List<Section> chosen,
            List<Combination> into) {
        if (into.size() >= MAX_PER_COURSE) {
            return;
        }
        if (depth == subparts.size()) {
            into.add(new Combination(config, chosen));
            return;
        }
        for (Section section : subparts.get(depth).sections()) {
            if (section.parent() == null || chosen.contains(section.parent())) {
                chosen.add(section);
                collect(config, subparts, depth + 1, chosen, into);
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
