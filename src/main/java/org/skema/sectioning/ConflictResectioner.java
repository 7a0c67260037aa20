package org.skema.sectioning;

import java.util.ArrayList;
import java.util.List;
import org.skema.model.Assignment;
import org.skema.model.Config;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.Subpart;
import org.skema.model.TimePattern;
import org.skema.model.TravelTimes;

/**
 * Re-sections students once times and rooms are known. Sectioning before solving cannot know which
 * lecture and exercise group will clash; afterwards, each student's sections of a course are swapped
 * for the combination (one config, one section per subpart, parents included, a free seat in each)
 * that the student can attend with the fewest clashes against their other sections, travel
 * included, exactly as the student conflict rule counts them. Only strict improvements are taken and
 * class limits are never exceeded, so no other rule gets worse. Students with fixed sections in a
 * course keep that course as it is.
 */
public final class ConflictResectioner {
    /** Search steps per student and course. */
    private static final int SEARCH_BUDGET = 20_000;

    private final Problem problem;
    private final TimePattern[] times;
    private final Room[] rooms;
    private final TravelTimes travel;
    private final int[] enrolled;

    private ConflictResectioner(Solution solution) {
        this.problem = solution.problem();
        int sections = problem.sections().size();
        this.times = new TimePattern[sections];
        this.rooms = new Room[sections];
        for (Assignment assignment : solution.assignments()) {
            int index = assignment.section().index();
            times[index] = assignment.hasTime() ? assignment.time().pattern() : null;
            rooms[index] = assignment.room() == null ? null : assignment.room().room();
        }
        this.travel = problem.travel();
        this.enrolled = solution.enrolments().counts(problem);
    }

    /**
     * Better enrolments for this solution's times and rooms, or the same ones when none is found
     * before the deadline ({@link System#nanoTime()}).
     */
    public static Enrolments improve(Solution solution, long deadlineNanos) {
        return new ConflictResectioner(solution).run(solution, deadlineNanos);
    }

    private Enrolments run(Solution solution, long deadlineNanos) {
        Enrolments enrolments = solution.enrolments();
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            for (Student student : problem.students()) {
                if (System.nanoTime() >= deadlineNanos) {
                    break;
                }
                for (Course course : student.courses()) {
                    Enrolments resectioned = resection(student, course, enrolments);
                    improved |= resectioned != enrolments;
                    enrolments = resectioned;
                }
            }
        }
        return enrolments;
    }

    /** The enrolments with the student moved to a better combination of the course's sections, if there is one. */
    private Enrolments resection(Student student, Course course, Enrolments enrolments) {
        if (student.fixedSections().stream().anyMatch(section -> section.course() == course)) {
            return enrolments;
        }
        List<Section> current = enrolments.sectionsOf(student, course);
        List<Section> others = new ArrayList<>(enrolments.of(student));
        others.removeAll(current);
        int currentClashes = clashesWithin(current) + clashesBetween(current, others);
        if (currentClashes == 0 || current.isEmpty()) {
            return enrolments;
        }
        current.forEach(section -> enrolled[section.index()]--);
        Search search = new Search(others, currentClashes);
        for (Config config : course.configs()) {
            search.run(GreedySectioner.parentsFirst(config), 0, new ArrayList<>(), 0);
        }
        if (search.best == null) {
            current.forEach(section -> enrolled[section.index()]++);
            return enrolments;
        }
        search.best.forEach(section -> enrolled[section.index()]++);
        List<Section> moved = new ArrayList<>(others);
        moved.addAll(search.best);
        return enrolments.with(student, moved);
    }

    /** A depth-first search over one section per subpart, cut off when it cannot beat the best. */
    private final class Search {
        final List<Section> others;
        int bestClashes;
        List<Section> best;
        int budget = SEARCH_BUDGET;

        Search(List<Section> others, int toBeat) {
            this.others = others;
            this.bestClashes = toBeat;
        }

        void run(List<Subpart> subparts, int depth, List<Section> chosen, int clashes) {
            if (clashes >= bestClashes || budget-- <= 0) {
                return;
            }
            if (depth == subparts.size()) {
                bestClashes = clashes;
                best = List.copyOf(chosen);
                return;
            }
            for (Section section : subparts.get(depth).sections()) {
                if (section.limit() <= enrolled[section.index()]
                        || (section.parent() != null && !chosen.contains(section.parent()))) {
                    continue;
                }
                int added = clashesOf(section, chosen) + clashesOf(section, others);
                chosen.add(section);
                run(subparts, depth + 1, chosen, clashes + added);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private int clashesWithin(List<Section> sections) {
        int clashes = 0;
        for (int i = 0; i < sections.size(); i++) {
            clashes += clashesOf(sections.get(i), sections.subList(0, i));
        }
        return clashes;
    }

    private int clashesBetween(List<Section> some, List<Section> others) {
        int clashes = 0;
        for (Section section : some) {
            clashes += clashesOf(section, others);
        }
        return clashes;
    }

    private int clashesOf(Section section, List<Section> others) {
        TimePattern time = times[section.index()];
        if (time == null) {
            return 0;
        }
        int clashes = 0;
        for (Section other : others) {
            TimePattern otherTime = times[other.index()];
            if (otherTime != null && other != section && !DistributionType.canAttendBoth(time, rooms[section.index()],
                    otherTime, rooms[other.index()], travel)) {
                clashes++;
            }
        }
        return clashes;
    }
}
