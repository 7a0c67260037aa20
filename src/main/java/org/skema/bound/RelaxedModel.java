package org.skema.bound;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.skema.model.Course;
import org.skema.model.Curriculum;
import org.skema.model.Distribution;
import org.skema.model.DistributionType;
import org.skema.model.IsolatedSections;
import org.skema.model.ObjectiveWeights;
import org.skema.model.Problem;
import org.skema.model.Room;
import org.skema.model.RoomOption;
import org.skema.model.Rule;
import org.skema.model.Section;
import org.skema.model.Subpart;
import org.skema.model.Teacher;
import org.skema.model.TimeOption;
import org.skema.model.TimePattern;
import org.skema.solver.lns.OrTools;

/**
 * The whole problem as a CP-SAT model, relaxed where exactness would cost too much: every rule is
 * either modelled exactly or under-estimated (left out, counted as 0), never over-estimated, so the
 * model's optimum, and CP-SAT's bound of it, is at most the cost of any complete timetable without
 * hard violations.
 *
 * <p>Modelled: one time per section (and one room where it needs one: jointly with the time while the
 * time x room options stay below {@link #JOINT_LIMIT}, so room conflicts and unavailability count;
 * otherwise the room alone), teacher, curriculum and room clashes as at-most-one per moment,
 * time/room/undesired-time penalties, capacity overflow with fixed sizes, pairwise distributions
 * (judged without rooms, where they hold most easily), student conflicts of sections every valid
 * sectioning shares, curriculum compactness, minimum working days and room stability. Left out:
 * travel between rooms, group distributions, student gaps, student conflicts that depend on
 * sectioning, moved sections, and pairwise terms beyond {@link #PAIR_LIMIT}.
 */
final class RelaxedModel {
    static final long JOINT_LIMIT = 400_000;
    static final long PAIR_LIMIT = 400_000;

    /** Interchangeable sections, counted together, which removes their symmetry from the search. */
    private static final class Group {
        final List<Section> sections = new ArrayList<>();
        List<TimeOption> times;
        List<RoomOption> rooms;
        /** Sections at each time. */
        IntVar[] at;
        /** Joint model: sections at each time in each room; null where the room is unavailable. */
        IntVar[][] placed;
        /** Room-only model: sections in each room. */
        IntVar[] in;

        Section first() {
            return sections.get(0);
        }

        int size() {
            return sections.size();
        }
    }

    /** Sections that are alike in every way the rules look at. */
    private record Key(Subpart subpart, List<TimeOption> times, List<RoomOption> rooms, List<Teacher> teachers,
            List<Integer> curricula) {
    }

    /** A decision variable at a time, for at-most-one-per-moment constraints. */
    private record Entry(TimePattern time, IntVar var) {
    }

    private interface Broken {
        boolean test(TimePattern a, TimePattern b);
    }

    private final Problem problem;
    private final SectionChoices choices;
    private final ObjectiveWeights weights;
    private final CpModel model;
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    private final Set<String> leftOut = new LinkedHashSet<>();
    private final List<Group> groups = new ArrayList<>();
    private final Group[] groupOf;
    private final List<List<Integer>> curriculaOf = new ArrayList<>();
    private final Map<Long, Integer> forcedPairs;
    private boolean joint;
    private long pairBudget = PAIR_LIMIT;

    RelaxedModel(Problem problem, SectionChoices choices) {
        OrTools.load();
        this.problem = problem;
        this.choices = choices;
        this.weights = problem.weights();
        this.model = new CpModel();
        this.groupOf = new Group[problem.sections().size()];
        this.forcedPairs = Rule.STUDENT_CONFLICT.weight(weights) > 0 ? ForcedAttendance.pairs(problem) : Map.of();
        build();
    }

    /**
     * @param bound     CP-SAT's best objective bound, rounded up (the objective is whole); meaningless
     *                  when infeasible
     * @param optimal   the relaxation was solved to optimality
     * @param feasible  false when CP-SAT proved the relaxation has no solution
     */
    record Outcome(long bound, boolean optimal, boolean feasible, List<String> leftOut) {
    }

    Outcome solve(Duration limit, int workers) {
        model.minimize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.1, limit.toMillis() / 1000.0))
                .setNumWorkers(workers).setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        List<String> notes = List.copyOf(leftOut);
        return switch (status) {
            case INFEASIBLE -> new Outcome(0, true, false, notes);
            case OPTIMAL -> new Outcome(Math.round(solver.objectiveValue()), true, true, notes);
            case FEASIBLE, UNKNOWN -> new Outcome((long) Math.ceil(solver.bestObjectiveBound() - 1e-6), false, true,
                    notes);
            default -> throw new IllegalStateException("CP-SAT rejected the relaxation: " + status + " "
                    + solver.getSolutionInfo());
        };
    }

    private void build() {
        problem.sections().forEach(section -> curriculaOf.add(new ArrayList<>()));
        for (Curriculum curriculum : problem.curricula()) {
            curriculum.sections().forEach(section -> curriculaOf.get(section.index()).add(curriculum.index()));
        }
        group();
        long jointSize = 0;
        for (Group group : groups) {
            for (TimeOption time : group.times) {
                jointSize += group.rooms.stream().filter(room -> choices.fits(room, time)).count();
            }
        }
        joint = jointSize <= JOINT_LIMIT;
        if (!joint) {
            leftOut.add("room conflicts and room unavailability (" + jointSize + " time x room options, more than "
                    + JOINT_LIMIT + ")");
        }
        groups.forEach(this::place);
        clashes();
        distributions();
        studentConflicts();
        curriculumCompactness();
        minWorkingDays();
        roomStability();
        if (!problem.travel().isEmpty()) {
            leftOut.add("travel times between rooms");
        }
        if (Rule.STUDENT_GAP.weight(weights) > 0 && !problem.students().isEmpty()) {
            leftOut.add(Rule.STUDENT_GAP.label());
        }
        if (problem.previous() != null && Rule.MOVED_SECTION.weight(weights) > 0) {
            leftOut.add(Rule.MOVED_SECTION.label());
        }
        if (Rule.ROOM_CAPACITY_OVERFLOW.weight(weights) > 0 && !problem.students().isEmpty()) {
            leftOut.add(Rule.ROOM_CAPACITY_OVERFLOW.label() + " (sizes depend on sectioning)");
        }
    }

    private void group() {
        Set<Section> alone = new LinkedHashSet<>();
        problem.distributions().forEach(distribution -> alone.addAll(distribution.sections()));
        int count = problem.sections().size();
        for (long key : forcedPairs.keySet()) {
            alone.add(problem.sections().get((int) (key / count)));
            alone.add(problem.sections().get((int) (key % count)));
        }
        Map<Key, Group> byKey = new LinkedHashMap<>();
        for (Section section : problem.sections()) {
            Group group;
            if (alone.contains(section)) {
                group = new Group();
                groups.add(group);
            } else {
                Key key = new Key(section.subpart(), choices.times(section), choices.rooms(section),
                        section.teachers(), curriculaOf.get(section.index()));
                group = byKey.computeIfAbsent(key, k -> {
                    Group created = new Group();
                    groups.add(created);
                    return created;
                });
            }
            group.sections.add(section);
            group.times = choices.times(section);
            group.rooms = choices.rooms(section);
            groupOf[section.index()] = group;
        }
    }

    /** The group's time (and room) variables, their penalties, and one time (and room) per section. */
    private void place(Group group) {
        Section first = group.first();
        int n = group.size();
        group.at = shareOut(n, group.times.size(), t -> choices.timeCost(first, group.times.get(t)));
        if (!choices.needsRoom(first)) {
            return;
        }
        if (joint) {
            group.placed = new IntVar[group.times.size()][group.rooms.size()];
            for (int t = 0; t < group.at.length; t++) {
                LinearExprBuilder inRooms = LinearExpr.newBuilder();
                for (int r = 0; r < group.rooms.size(); r++) {
                    RoomOption room = group.rooms.get(r);
                    if (choices.fits(room, group.times.get(t))) {
                        group.placed[t][r] = count(n);
                        inRooms.add(group.placed[t][r]);
                        objective.addTerm(group.placed[t][r], choices.roomCost(first, room));
                    }
                }
                model.addEquality(inRooms, group.at[t]);
            }
        } else {
            group.in = shareOut(n, group.rooms.size(), r -> choices.roomCost(first, group.rooms.get(r)));
        }
    }

    /** How many of n sections take each of these options, with what each costs; every section takes one. */
    private IntVar[] shareOut(int n, int options, IntToLongFunction cost) {
        IntVar[] vars = new IntVar[options];
        LinearExprBuilder sum = LinearExpr.newBuilder();
        for (int i = 0; i < options; i++) {
            vars[i] = count(n);
            sum.add(vars[i]);
            objective.addTerm(vars[i], cost.applyAsLong(i));
        }
        model.addEquality(sum, n);
        return vars;
    }

    private IntVar count(int n) {
        return n == 1 ? model.newBoolVar("") : model.newIntVar(0, n, "");
    }

    /** Teachers, curricula and (in the joint model) rooms hold at most one section at any moment. */
    private void clashes() {
        Map<Teacher, List<Entry>> byTeacher = new LinkedHashMap<>();
        Map<Integer, List<Entry>> byCurriculum = new LinkedHashMap<>();
        Map<Room, List<Entry>> byRoom = new LinkedHashMap<>();
        for (Group group : groups) {
            Section first = group.first();
            for (int t = 0; t < group.at.length; t++) {
                Entry entry = new Entry(group.times.get(t).pattern(), group.at[t]);
                first.teachers().forEach(teacher -> byTeacher.computeIfAbsent(teacher, k -> new ArrayList<>()).add(entry));
                curriculaOf.get(first.index()).forEach(q -> byCurriculum.computeIfAbsent(q, k -> new ArrayList<>())
                        .add(entry));
                if (group.placed != null) {
                    for (int r = 0; r < group.rooms.size(); r++) {
                        if (group.placed[t][r] != null) {
                            byRoom.computeIfAbsent(group.rooms.get(r).room(), k -> new ArrayList<>())
                                    .add(new Entry(entry.time(), group.placed[t][r]));
                        }
                    }
                }
            }
        }
        byTeacher.values().forEach(this::atMostOnePerMoment);
        byCurriculum.values().forEach(this::atMostOnePerMoment);
        byRoom.values().forEach(this::atMostOnePerMoment);
    }

    private void atMostOnePerMoment(List<Entry> entries) {
        Map<TimePattern, List<IntVar>> byTime = new LinkedHashMap<>();
        entries.forEach(entry -> byTime.computeIfAbsent(entry.time(), k -> new ArrayList<>()).add(entry.var()));
        List<TimePattern> times = new ArrayList<>(byTime.keySet());
        for (BitSet clique : Cliques.of(times)) {
            List<IntVar> vars = new ArrayList<>();
            clique.stream().forEach(i -> vars.addAll(byTime.get(times.get(i))));
            if (vars.size() > 1 || isCount(vars.get(0))) {
                model.addLessOrEqual(LinearExpr.sum(vars.toArray(IntVar[]::new)), 1);
            }
        }
    }

    private static boolean isCount(IntVar var) {
        return !(var instanceof BoolVar);
    }

    /** Pairwise rules judged without rooms (room rules then hold, travel is zero): never more broken than in truth. */
    private void distributions() {
        long weight = Rule.PREFERRED_DISTRIBUTION_PAIR.weight(weights);
        record Soft(Section a, Section b, long weight, Distribution distribution) {
        }
        List<Soft> soft = new ArrayList<>();
        for (Distribution distribution : problem.distributions()) {
            if (!distribution.type().isPairwise()) {
                if (distribution.required()) {
                    leftOut.add("required group distributions (hard; dropping them only widens the search)");
                } else if (distribution.penalty() > 0 && weight > 0) {
                    leftOut.add(Rule.PREFERRED_DISTRIBUTION_GROUP.label());
                }
                continue;
            }
            List<Section> members = distribution.sections();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (distribution.required()) {
                        forbid(members.get(i), members.get(j), broken(distribution));
                    } else if (distribution.penalty() > 0 && weight > 0) {
                        soft.add(new Soft(members.get(i), members.get(j), distribution.penalty() * weight, distribution));
                    }
                }
            }
        }
        soft.sort(Comparator.comparingLong(Soft::weight).reversed());
        for (Soft pair : soft) {
            addPairCost(pair.a(), pair.b(), pair.weight(), broken(pair.distribution()));
        }
    }

    private Broken broken(Distribution distribution) {
        return (a, b) -> !distribution.pairSatisfied(a, null, b, null, problem.travel());
    }

    private void studentConflicts() {
        long weight = Rule.STUDENT_CONFLICT.weight(weights);
        if (weight == 0 || problem.students().isEmpty()) {
            return;
        }
        leftOut.add(Rule.STUDENT_CONFLICT.label() + " between sections that depend on sectioning");
        int count = problem.sections().size();
        List<Map.Entry<Long, Integer>> pairs = new ArrayList<>(forcedPairs.entrySet());
        pairs.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<Long, Integer> pair : pairs) {
            Section a = problem.sections().get((int) (pair.getKey() / count));
            Section b = problem.sections().get((int) (pair.getKey() % count));
            addPairCost(a, b, pair.getValue() * weight,
                    (x, y) -> !DistributionType.canAttendBoth(x, null, y, null, problem.travel()));
        }
    }

    /** Sections a and b (each alone in its group) may not take times that break the rule together. */
    private void forbid(Section a, Section b, Broken broken) {
        forEachBrokenPairing(a, b, broken, (aAt, bad, always) -> {
            if (always) {
                model.addEquality(aAt, 0);
            } else {
                bad.add(aAt);
                model.addLessOrEqual(LinearExpr.sum(bad.toArray(IntVar[]::new)), 1);
            }
        });
    }

    /** Adds {@code weight} when a (alone in its group) and b take times that break the rule together. */
    private void addPairCost(Section a, Section b, long weight, Broken broken) {
        forEachBrokenPairing(a, b, broken, (aAt, bad, always) -> {
            if (always) {
                objective.addTerm(aAt, weight);
            } else {
                // both >= [a at ta] + [b at a bad time] - 1: b takes exactly one time
                BoolVar both = model.newBoolVar("");
                LinearExprBuilder sum = LinearExpr.newBuilder().add(aAt).addTerm(both, -1);
                bad.forEach(sum::add);
                model.addLessOrEqual(sum, 1);
                objective.addTerm(both, weight);
            }
        });
    }

    /** What a time of section a breaks the rule with: b's times that do, and whether all of them do. */
    private interface BrokenPairing {
        void accept(IntVar aAt, List<IntVar> badTimesOfB, boolean always);
    }

    /** Each time of a (alone in its group) that breaks the rule with some time of b (in another group). */
    private void forEachBrokenPairing(Section a, Section b, Broken broken, BrokenPairing pairing) {
        Group ga = groupOf[a.index()];
        Group gb = groupOf[b.index()];
        if (ga == gb || !reserve(ga.times.size())) {
            return;
        }
        for (int ta = 0; ta < ga.times.size(); ta++) {
            List<IntVar> bad = badPartners(ga, ta, gb, broken);
            if (!bad.isEmpty()) {
                pairing.accept(ga.at[ta], bad, bad.size() == gb.times.size());
            }
        }
    }

    private static List<IntVar> badPartners(Group ga, int ta, Group gb, Broken broken) {
        List<IntVar> bad = new ArrayList<>();
        TimePattern time = ga.times.get(ta).pattern();
        for (int tb = 0; tb < gb.times.size(); tb++) {
            if (broken.test(time, gb.times.get(tb).pattern())) {
                bad.add(gb.at[tb]);
            }
        }
        return bad;
    }

    private boolean reserve(int size) {
        if (pairBudget < size) {
            leftOut.add("some pairwise rules and student conflicts (model size limit " + PAIR_LIMIT + ")");
            return false;
        }
        pairBudget -= size;
        return true;
    }

    /** Per curriculum, time and day: a section there counts when no section of it is adjacent that day. */
    private void curriculumCompactness() {
        long weight = Rule.CURRICULUM_COMPACTNESS.weight(weights);
        if (weight == 0) {
            return;
        }
        int tolerance = weights.gapToleranceSlots();
        Map<Integer, Map<TimePattern, List<IntVar>>> byCurriculum = new HashMap<>();
        for (Group group : groups) {
            for (int q : curriculaOf.get(group.first().index())) {
                for (int t = 0; t < group.at.length; t++) {
                    byCurriculum.computeIfAbsent(q, k -> new LinkedHashMap<>())
                            .computeIfAbsent(group.times.get(t).pattern(), k -> new ArrayList<>()).add(group.at[t]);
                }
            }
        }
        for (Map<TimePattern, List<IntVar>> atTime : byCurriculum.values()) {
            for (Map.Entry<TimePattern, List<IntVar>> here : atTime.entrySet()) {
                TimePattern time = here.getKey();
                for (int day = 0; day < problem.calendar().daysPerWeek(); day++) {
                    if ((time.days() & (1 << day)) == 0) {
                        continue;
                    }
                    // isolated >= sections here - sections adjacent that day (at most one section here: a clash)
                    BoolVar isolated = model.newBoolVar("");
                    LinearExprBuilder sum = LinearExpr.newBuilder().addTerm(isolated, -1);
                    here.getValue().forEach(sum::add);
                    for (Map.Entry<TimePattern, List<IntVar>> other : atTime.entrySet()) {
                        TimePattern near = other.getKey();
                        if ((near.days() & (1 << day)) != 0 && IsolatedSections.adjacent(time, near, tolerance)) {
                            other.getValue().forEach(var -> sum.addTerm(var, -1));
                        }
                    }
                    model.addLessOrEqual(sum, 0);
                    objective.addTerm(isolated, weight);
                }
            }
        }
    }

    private void minWorkingDays() {
        long weight = Rule.MIN_WORKING_DAYS.weight(weights);
        if (weight == 0) {
            return;
        }
        for (Course course : problem.courses()) {
            if (course.minDays() == 0) {
                continue;
            }
            Set<Group> courseGroups = groupsOf(course);
            LinearExprBuilder days = LinearExpr.newBuilder();
            for (int day = 0; day < problem.calendar().daysPerWeek(); day++) {
                LinearExprBuilder meeting = LinearExpr.newBuilder();
                boolean any = false;
                for (Group group : courseGroups) {
                    for (int t = 0; t < group.at.length; t++) {
                        if ((group.times.get(t).pattern().days() & (1 << day)) != 0) {
                            meeting.add(group.at[t]);
                            any = true;
                        }
                    }
                }
                if (any) {
                    BoolVar meets = model.newBoolVar("");
                    model.addLessOrEqual(LinearExpr.newBuilder().add(meets).addTerm(meeting.build(), -1), 0);
                    days.add(meets);
                }
            }
            IntVar missing = model.newIntVar(0, course.minDays(), "");
            model.addGreaterOrEqual(days.add(missing), course.minDays());
            objective.addTerm(missing, weight);
        }
    }

    private Set<Group> groupsOf(Course course) {
        Set<Group> courseGroups = new LinkedHashSet<>();
        course.sections().forEach(section -> courseGroups.add(groupOf[section.index()]));
        return courseGroups;
    }

    /** Rooms a course uses beyond its first: a room counts as used when any of its sections is in it. */
    private void roomStability() {
        long weight = Rule.ROOM_STABILITY.weight(weights);
        if (weight == 0) {
            return;
        }
        for (Course course : problem.courses()) {
            Set<Group> courseGroups = groupsOf(course);
            Map<Room, BoolVar> used = new LinkedHashMap<>();
            for (Group group : courseGroups) {
                if (group.placed == null && group.in == null) {
                    continue;
                }
                for (int r = 0; r < group.rooms.size(); r++) {
                    BoolVar uses = used.computeIfAbsent(group.rooms.get(r).room(), k -> model.newBoolVar(""));
                    LinearExprBuilder inRoom = LinearExpr.newBuilder().addTerm(uses, -group.size());
                    if (group.in != null) {
                        inRoom.add(group.in[r]);
                    } else {
                        for (IntVar[] atTime : group.placed) {
                            if (atTime[r] != null) {
                                inRoom.add(atTime[r]);
                            }
                        }
                    }
                    model.addLessOrEqual(inRoom, 0);
                }
            }
            if (used.size() > 1) {
                IntVar extra = model.newIntVar(0, used.size(), "");
                LinearExprBuilder rooms = LinearExpr.newBuilder().addTerm(extra, -1);
                used.values().forEach(rooms::add);
                model.addLessOrEqual(rooms, 1);
                objective.addTerm(extra, weight);
            }
        }
    }
}
