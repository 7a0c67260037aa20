package org.skema.sectioning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.skema.model.Assignment;
import org.skema.model.Calendar;
import org.skema.model.Course;
import org.skema.model.DistributionType;
import org.skema.model.Enrolments;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.Section;
import org.skema.model.Solution;
import org.skema.model.Student;
import org.skema.model.StudentGaps;
import org.skema.model.TimePattern;
import org.skema.model.TravelTimes;

/**
 * A local search over which sections each student attends on a known timetable, in the spirit of
 * cpsolver's student swap sectioning: a student moves to another valid combination of one of their
 * courses (into free seats only), or two students of a course trade their combinations (seats
 * unchanged). Hill climbing until it stalls, then a great deluge whose bound falls from a little above
 * the best value to a little below it and starts again, until the deadline or until a few rounds find
 * nothing better.
 *
 * <p>Class limits come first (a move never fills a seat beyond a limit; leaving an overfull section is
 * always welcome), then the soft penalty that sectioning can change: student conflicts, exactly as the
 * student conflict rule counts them (travel included), and student gaps, exactly as the gap rule
 * counts them, each times its weight. Both must be weighed where gaps count: on a faculty timetable
 * whose master exercise groups were left free, both searches from the same greedy sectioning ended at
 * 346 conflicts, with 1,792,539 gap slots when weighing gaps and 2,255,379 (more than the start's
 * 2,215,353) when not (benchmarks/RESULTS.md, Faculty). The value is that
 * penalty divided by the two weights' greatest common divisor, which orders states the same and keeps
 * the deluge's slack of two units meaning two conflicts where gaps weigh nothing (ITC 2019), so there
 * the search makes the same moves as when it weighed conflicts alone. Students' fixed sections stay:
 * only combinations that contain them are allowed. Swaps
 * matter where classes are full: moving students one by one could not lower muni-fsps-spr17's
 * conflicts at all on a timetable where this search lowered them from 196 to 83 (benchmarks/RESULTS.md).
 */
public final class SectioningSearch {
    private static final double DELUGE_UPPER = 1.10;
    private static final double DELUGE_LOWER = 0.98;
    /** Deluge rounds in a row without a new best after which the search has converged. */
    private static final int STALE_ROUNDS = 3;
    private static final int MIN_ROUND_ITERATIONS = 50_000;

    private final TimePattern[] times;
    private final Room[] rooms;
    private final TravelTimes travel;
    private final Calendar calendar;
    private final int gapTolerance;
    /** What one student conflict and one gap slot add to the value (the weights over their gcd). */
    private final long conflictUnit;
    private final long gapUnit;
    private final SplittableRandom random;
    /** Per student and requested course: the allowed combinations (one, when it cannot change). */
    private final List<List<Combination>> options = new ArrayList<>();
    private final Combination[][] chosen;
    private final Combination[][] best;
    private final int[] enrolled;
    private final int[] studentConflicts;
    /** Per student, gap slots on the current state: only a moved student's are counted again. */
    private final int[] studentGaps;
    /** Per course, (student, slot) of everyone who takes it, for swaps. */
    private final Map<Course, List<int[]>> takers = new IdentityHashMap<>();
    private final List<int[]> movable = new ArrayList<>();
    private final List<Section> others = new ArrayList<>();
    private final List<TimePattern> timedBuffer = new ArrayList<>();
    private final int[] slotBase;
    private final boolean[] dirty;
    private final List<Integer> dirtyStudents = new ArrayList<>();
    private long excess;
    private long conflicts;
    private long gaps;
    private long iterations;
    private long bestValue;
    /** Whether the current state is as good as the best (the best arrays then lag by the dirty students). */
    private boolean bestIsCurrent = true;

    private SectioningSearch(Solution timetable, long seed) {
        Problem problem = timetable.problem();
        Enrolments start = timetable.enrolments();
        int sections = problem.sections().size();
        this.times = new TimePattern[sections];
        this.rooms = new Room[sections];
        for (Assignment assignment : timetable.assignments()) {
            int index = assignment.section().index();
            times[index] = assignment.hasTime() ? assignment.time().pattern() : null;
            rooms[index] = assignment.room() == null ? null : assignment.room().room();
        }
        this.travel = problem.travel();
        this.calendar = problem.calendar();
        ObjectiveWeights weights = problem.weights();
        this.gapTolerance = weights.gapToleranceSlots();
        long divisor = gcd(weights.studentConflict(), weights.studentGap());
        // neither weighs anything: conflicts still order the states, as they always have
        this.conflictUnit = divisor == 0 ? 1 : weights.studentConflict() / divisor;
        this.gapUnit = divisor == 0 ? 0 : weights.studentGap() / divisor;
        this.random = new SplittableRandom(seed);
        this.enrolled = new int[sections];
        this.studentConflicts = new int[problem.students().size()];
        this.studentGaps = new int[problem.students().size()];
        this.chosen = new Combination[problem.students().size()][];
        this.best = new Combination[problem.students().size()][];
        this.slotBase = new int[problem.students().size() + 1];
        this.dirty = new boolean[problem.students().size()];
        CourseCombinations combinations = new CourseCombinations(problem);
        for (Student student : problem.students()) {
            slotBase[student.index()] = options.size();
            chosen[student.index()] = start(student, start.get(student.index()), combinations);
            slotBase[student.index() + 1] = options.size();
        }
        for (Student student : problem.students()) {
            Combination[] slots = chosen[student.index()];
            for (int slot = 0; slot < slots.length; slot++) {
                for (Section section : slots[slot].sections()) {
                    if (++enrolled[section.index()] > section.limit()) {
                        excess++;
                    }
                }
            }
            int own = clashesWithin(sectionsOf(student.index(), -1));
            studentConflicts[student.index()] = own;
            conflicts += own;
            int idle = gapsOf(student.index());
            studentGaps[student.index()] = idle;
            gaps += idle;
            best[student.index()] = slots.clone();
        }
    }

    /**
     * Lowers the student conflict and gap penalty on the solution's times and rooms, starting from its
     * enrolments.
     */
    public static SectioningSearch forStudentPenalty(Solution solution, long seed) {
        return new SectioningSearch(solution, seed);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The student's current combination per requested course, and the combinations each may take. A
     * course whose sections match no valid combination (a student sectioned by hand) stays as it is.
     */
    private Combination[] start(Student student, List<Section> enrolment, CourseCombinations combinations) {
        List<Combination> slots = new ArrayList<>();
        Set<Section> matched = new HashSet<>();
        for (Course course : student.courses()) {
            List<Section> current = enrolment.stream().filter(section -> section.course() == course).distinct().toList();
            List<Combination> allowed = allowed(student, course, combinations);
            Combination now = null;
            for (Combination combination : allowed) {
                if (combination.sections().size() == current.size() && combination.containsAll(current)) {
                    now = combination;
                    break;
                }
            }
            if (now == null) {
                now = new Combination(null, current);
                allowed = List.of(now);
            }
            matched.addAll(current);
            int slot = slots.size();
            slots.add(now);
            options.add(allowed);
            takers.computeIfAbsent(course, c -> new ArrayList<>()).add(new int[] {student.index(), slot});
            if (allowed.size() > 1) {
                movable.add(new int[] {student.index(), slot});
            }
        }
        List<Section> unmatched = enrolment.stream().filter(section -> !matched.contains(section)).distinct().toList();
        if (!unmatched.isEmpty()) {
            // sections of courses the student does not request: kept, and they count as the student's
            slots.add(new Combination(null, unmatched));
            options.add(List.of(slots.get(slots.size() - 1)));
        }
        return slots.toArray(Combination[]::new);
    }

    /**
     * Whether some student has a course with two combinations that keep their fixed sections. In the
     * faculty's data no one has: every bachelor class group and every master exercise group is fixed.
     */
    public static boolean anyStudentCanMove(Problem problem) {
        CourseCombinations combinations = new CourseCombinations(problem);
        for (Student student : problem.students()) {
            for (Course course : student.courses()) {
                if (allowed(student, course, combinations).size() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The combinations of the course that contain the student's fixed sections of it. */
    private static List<Combination> allowed(Student student, Course course, CourseCombinations combinations) {
        List<Section> fixed = fixedOf(student, course);
        return fixed.isEmpty() ? combinations.of(course)
                : combinations.of(course).stream().filter(c -> c.containsAll(fixed)).toList();
    }

    /** A fixed section brings its parents: the student must attend them too. */
    private static List<Section> fixedOf(Student student, Course course) {
        List<Section> fixed = new ArrayList<>();
        for (Section section : student.fixedSections()) {
            for (Section kept = section; kept != null && kept.course() == course; kept = kept.parent()) {
                if (!fixed.contains(kept)) {
                    fixed.add(kept);
                }
            }
        }
        return fixed;
    }

    /**
     * Searches until the deadline ({@link System#nanoTime()}), the iteration budget or convergence,
     * and returns the best enrolments found (each student's sections in problem order).
     */
    public Enrolments run(long deadlineNanos, long maxIterations) {
        bestValue = value();
        if (movable.isEmpty() || bestValue == 0) {
            return enrolments(best);
        }
        long roundLength = Math.max(MIN_ROUND_ITERATIONS, 20L * movable.size());
        long lastBestAt = iterations;
        while (iterations - lastBestAt < roundLength && !stop(deadlineNanos, maxIterations)) {
            if (step(Double.NaN)) {
                lastBestAt = iterations;
            }
        }
        double cooling = Math.pow(DELUGE_LOWER / DELUGE_UPPER, 1.0 / roundLength);
        int staleRounds = 0;
        while (staleRounds < STALE_ROUNDS && bestValue > 0 && !stop(deadlineNanos, maxIterations)) {
            long roundStartBest = bestValue;
            double bound = (bestValue - excessPart()) * DELUGE_UPPER + 2;
            while (bound > (bestValue - excessPart()) * DELUGE_LOWER && !stop(deadlineNanos, maxIterations)) {
                step(bound);
                bound *= cooling;
            }
            staleRounds = bestValue < roundStartBest ? 0 : staleRounds + 1;
        }
        if (bestIsCurrent) {
            snapshot();
        }
        return enrolments(best);
    }

    private boolean stop(long deadlineNanos, long maxIterations) {
        return iterations >= maxIterations || ((iterations & 1023) == 0 && System.nanoTime() >= deadlineNanos);
    }

    /** The value of the current state: limit excess first, then the weighted conflicts and gaps. */
    private long value() {
        return excessPart() + penalty();
    }

    private long penalty() {
        return conflictUnit * conflicts + gapUnit * gaps;
    }

    /**
     * Moves never raise the excess and lowering it makes a new best, so the current state always has
     * the best's excess and the deluge bound can apply to the penalty alone.
     */
    private long excessPart() {
        return excess << 40;
    }

    /**
     * One move, kept when it lowers the limit excess, or leaves it alone and does not add to the
     * penalty, or (with a deluge bound) keeps the penalty within the bound; otherwise undone.
     * True when it found a new best.
     */
    private boolean step(double bound) {
        iterations++;
        int[] pick = pickStudentSlot();
        Move move = random.nextInt(3) == 0 ? swap(pick[0], pick[1]) : change(pick[0], pick[1]);
        if (move == null) {
            return false;
        }
        long excessBefore = excess;
        long before = value();
        move.apply();
        long after = value();
        boolean accepted = excess < excessBefore || (excess == excessBefore
                && (after <= before || (!Double.isNaN(bound) && penalty() <= bound)));
        if (!accepted) {
            move.undo();
            return false;
        }
        if (after > bestValue && bestIsCurrent) {
            // leaving the best: keep it before moving on
            move.undo();
            snapshot();
            move.apply();
            bestIsCurrent = false;
        } else if (after <= bestValue) {
            boolean better = after < bestValue;
            bestValue = after;
            bestIsCurrent = true;
            return better;
        }
        return false;
    }

    /** A change of students' combinations that can be undone. */
    private interface Move {
        void apply();

        void undo();
    }

    /** The student takes another combination of the course, if it has seats. */
    private Move change(int student, int slot) {
        Combination current = chosen[student][slot];
        List<Combination> allowed = options.get(slotBase[student] + slot);
        Combination target = allowed.get(random.nextInt(allowed.size()));
        if (target == current || !hasSeats(target, current)) {
            return null;
        }
        return new Move() {
            public void apply() {
                change(student, slot, target);
            }

            public void undo() {
                change(student, slot, current);
            }
        };
    }

    /** The student trades combinations of the course with another student of it; seats stay as they are. */
    private Move swap(int student, int slot) {
        Combination mine = chosen[student][slot];
        List<int[]> peers = takers.get(mine.sections().isEmpty() ? null : mine.sections().get(0).course());
        if (peers == null || peers.size() < 2) {
            return null;
        }
        int[] peer = peers.get(random.nextInt(peers.size()));
        Combination theirs = chosen[peer[0]][peer[1]];
        if (peer[0] == student || theirs == mine || !allowed(student, slot, theirs)
                || !allowed(peer[0], peer[1], mine)) {
            return null;
        }
        return new Move() {
            public void apply() {
                change(student, slot, theirs);
                change(peer[0], peer[1], mine);
            }

            public void undo() {
                change(peer[0], peer[1], theirs);
                change(student, slot, mine);
            }
        };
    }

    /**
     * A random movable (student, course); half the time, when the timetable has student conflicts, one
     * of a student who has some, as that is where a move can gain most (where conflicts weigh nothing,
     * gaps take their place). Not a student with gaps where conflicts count too: on a solved faculty
     * timetable 2,620 of 4,534 students wait somewhere, so that would choose almost anyone.
     */
    private int[] pickStudentSlot() {
        int[] targeted = conflictUnit > 0 ? studentConflicts : studentGaps;
        if ((conflictUnit > 0 ? conflicts : gaps) > 0 && random.nextBoolean()) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int[] pick = movable.get(random.nextInt(movable.size()));
                if (targeted[pick[0]] > 0) {
                    return pick;
                }
            }
        }
        return movable.get(random.nextInt(movable.size()));
    }

    private boolean allowed(int student, int slot, Combination combination) {
        List<Combination> allowed = options.get(slotBase[student] + slot);
        return allowed.size() > 1 && allowed.contains(combination);
    }

    private boolean hasSeats(Combination target, Combination current) {
        for (Section section : target.sections()) {
            if (enrolled[section.index()] >= section.limit() && !current.sections().contains(section)) {
                return false;
            }
        }
        return true;
    }

    /** Moves the student's course to another combination, updating seats, conflicts and gaps. */
    private void change(int student, int slot, Combination target) {
        Combination current = chosen[student][slot];
        List<Section> rest = sectionsOf(student, slot);
        int delta = cost(target, rest) - cost(current, rest);
        studentConflicts[student] += delta;
        conflicts += delta;
        for (Section section : current.sections()) {
            if (!target.sections().contains(section)) {
                if (enrolled[section.index()]-- > section.limit()) {
                    excess--;
                }
            }
        }
        for (Section section : target.sections()) {
            if (!current.sections().contains(section)) {
                if (++enrolled[section.index()] > section.limit()) {
                    excess++;
                }
            }
        }
        chosen[student][slot] = target;
        if (gapUnit > 0) {
            int idle = gapsOf(student);
            gaps += idle - studentGaps[student];
            studentGaps[student] = idle;
        }
        if (!dirty[student]) {
            dirty[student] = true;
            dirtyStudents.add(student);
        }
    }

    /** Clashes among a combination's sections and between them and the student's other sections. */
    private int cost(Combination combination, List<Section> rest) {
        List<Section> sections = combination.sections();
        int clashes = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            for (int j = 0; j < i; j++) {
                clashes += clash(section, sections.get(j));
            }
            for (Section other : rest) {
                clashes += clash(section, other);
            }
        }
        return clashes;
    }

    private int clash(Section a, Section b) {
        TimePattern timeA = times[a.index()];
        TimePattern timeB = times[b.index()];
        if (timeA == null || timeB == null || a == b) {
            return 0;
        }
        return DistributionType.canAttendBoth(timeA, rooms[a.index()], timeB, rooms[b.index()], travel) ? 0 : 1;
    }

    private int clashesWithin(List<Section> sections) {
        int clashes = 0;
        for (int i = 0; i < sections.size(); i++) {
            for (int j = 0; j < i; j++) {
                clashes += clash(sections.get(i), sections.get(j));
            }
        }
        return clashes;
    }

    /** The student's gap slots on the current state, as the gap rule counts them (timed sections only). */
    private int gapsOf(int student) {
        if (gapUnit == 0) {
            return 0;
        }
        timedBuffer.clear();
        for (Section section : sectionsOf(student, -1)) {
            TimePattern time = times[section.index()];
            if (time != null) {
                timedBuffer.add(time);
            }
        }
        return StudentGaps.gapSlots(timedBuffer, calendar, gapTolerance);
    }

    /** The student's sections outside one slot (-1: all of them), in a buffer the next call reuses. */
    private List<Section> sectionsOf(int student, int exceptSlot) {
        others.clear();
        Combination[] slots = chosen[student];
        for (int slot = 0; slot < slots.length; slot++) {
            if (slot != exceptSlot) {
                others.addAll(slots[slot].sections());
            }
        }
        return others;
    }

    /** Copies into the best state the students changed since the last copy. */
    private void snapshot() {
        for (int student : dirtyStudents) {
            best[student] = chosen[student].clone();
            dirty[student] = false;
        }
        dirtyStudents.clear();
    }

    private static Enrolments enrolments(Combination[][] state) {
        List<List<Section>> enrolments = new ArrayList<>(state.length);
        for (Combination[] slots : state) {
            List<Section> sections = new ArrayList<>();
            for (Combination combination : slots) {
                for (Section section : combination.sections()) {
                    if (!sections.contains(section)) {
                        sections.add(section);
                    }
                }
            }
            enrolments.add(sections);
        }
        return Enrolments.of(enrolments);
    }
}
