package org.skema.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.skema.model.Problem;
import org.skema.sectioning.SectioningSearch;
import org.skema.solver.SearchPlan.Annealing;
import org.skema.solver.SearchPlan.Completion;
import org.skema.solver.SearchPlan.Construction;
import org.skema.solver.SearchPlan.Resectioning;
import org.skema.solver.SearchPlan.WeightedMove;
import org.skema.solver.domain.PlannedSection;
import org.skema.solver.domain.Timetable;

/**
 * The search plans of Skema's own configuration, one per problem family, and the choice between them.
 * Every figure here was measured; benchmarks/RESULTS.md has the runs.
 */
public final class SearchPlans {
    /** Measured: the faculty (869 sections) has about 250,000 pairs; ITC 2019 instances have millions. */
    static final long MAX_JOINT_PLACEMENT_PAIRS = 1_000_000;
    /**
     * Late acceptance while completing the timetable: measured on tg-fal17, it placed the last
     * sections at 20 s where simulated annealing with a huge temperature still had one open at 60 s.
     */
    private static final int COMPLETION_LATE_ACCEPTANCE = 1000;
    /** Share of the time left after construction that completing the timetable may take. */
    private static final double COMPLETION_SHARE = 0.6;
    /** The starting temperature is a fifth of the soft penalty per section: such uphill moves are often accepted at first. */
    private static final long TEMPERATURE_DIVISOR = 5;
    /**
     * ITC 2007 timetables have a soft penalty of a few units per section, so the proportional
     * temperature rounds down to 1. Measured at 60 s on comp02, comp06 and comp12 (sum of the three):
     * 868 with 1, 778 with 3, 791 with 6.
     */
    private static final long MIN_STARTING_TEMPERATURE = 3;
    /**
     * When students are re-sectioned or exact neighbourhoods run, simulated annealing runs in this many
     * rounds, with a re-sectioning before each and the exact stage after each. Measured at 120 s on
     * muni-fsps-spr17 and pu-d5-spr17, seeds 1 and 2 (sum of the four totals): one round 62,558, three
     * 60,139, six 60,454. With the exact stage's share following the gains per second between rounds,
     * rounds also where students stay (and a re-sectioning before the first round) lowered the total in
     * 10 of 14 runs at 120 s on seven instances (benchmarks/RESULTS.md).
     */
    private static final int ANNEALING_ROUNDS = 3;
    /**
     * Re-sectioning: 3% of the time limit, at most 10 s, at the end; between rounds at most a tenth of
     * the time left, at most 10 s.
     */
    private static final Resectioning RESECTIONING = new Resectioning(3, Duration.ofSeconds(10), 0.1,
            Duration.ofSeconds(10));

    /**
     * Problems without curricula (ITC 2019, the faculty): Timefold's change and swap moves,
     * place-and-eject, and (while improving only) the distribution move. Distribution moves repair soft
     * rules only; measured with them while completing too, muni-fsps-spr17 ended twice as bad (probably
     * completion ended lower, and the starting temperature with it).
     */
    private static final List<WeightedMove> GENERAL_COMPLETION = List.of(
            new WeightedMove(MoveKind.TIME_CHANGE, 4), new WeightedMove(MoveKind.ROOM_CHANGE, 2),
            new WeightedMove(MoveKind.TIME_SWAP, 1), new WeightedMove(MoveKind.PLACE_AND_EJECT, 2));
    private static final List<WeightedMove> GENERAL_ANNEALING = List.of(
            new WeightedMove(MoveKind.TIME_CHANGE, 4), new WeightedMove(MoveKind.ROOM_CHANGE, 2),
            new WeightedMove(MoveKind.TIME_SWAP, 1), new WeightedMove(MoveKind.PLACE_AND_EJECT, 2),
            new WeightedMove(MoveKind.DISTRIBUTION, 1));
    /**
     * Problems with curricula (ITC 2007): no generic change and swap moves. Traced on comp07, 88-98% of
     * them broke a hard rule (a taken room, a curriculum or teacher clash) and were rejected only after
     * a full score update. Place-and-eject takes their weight (its own 2 plus the time change's 4; room
     * swaps into a free room stand in for room changes) and draws again, up to 10 times, until its move
     * ejects nobody. At 300 s comp02, 06, 07 and 13 went from 224 and 191 (seeds 1 and 2) to 177 and 183
     * (fourth round). Kempe chains and same-time room swaps were measured on these problems only.
     */
    private static final List<WeightedMove> CURRICULUM_MOVES = List.of(
            new WeightedMove(MoveKind.PLACE_AND_EJECT, 6, Map.of("clashFreeAttempts", "10")),
            new WeightedMove(MoveKind.ROOM_SWAP, 2), new WeightedMove(MoveKind.KEMPE_CHAIN, 8));

    /**
     * Exact neighbourhoods (CP-SAT, half a unit of its deterministic time each) take a quarter of the
     * first annealing round, after the annealing (later rounds: {@link SearchPlan.Exact#nextShare}). Measured at 120 s, seeds 1 and 2, on six ITC 2019 instances
     * against the same plan without them: lower on 9 of 12 runs (benchmarks/RESULTS.md).
     */
    static final SearchPlan.Exact EXACT = new SearchPlan.Exact(List.of(new WeightedMove(
            MoveKind.EXACT_NEIGHBOURHOOD, 1, Map.of("budget", "0.5"))), 0.25);

    private SearchPlans() {
    }

    /** The plan for a timetable's problem family, size and students, under these limits. */
    public static SearchPlan forTimetable(Timetable timetable, SolveOptions options) {
        Problem problem = timetable.getProblem();
        Construction construction = placementPairs(timetable) <= MAX_JOINT_PLACEMENT_PAIRS
                ? Construction.TIME_AND_ROOM : Construction.TIME_THEN_ROOM;
        Resectioning students = studentsMove(problem) ? RESECTIONING : null;
        // A move limit makes a run reproducible, so its stages must not end by a share of the time:
        // completion may take all of it, and annealing runs in one round.
        boolean timed = options.timeLimit() != null && options.moveLimit() == null;
        double completionShare = timed ? COMPLETION_SHARE : 1;
        if (timetable.getCurriculumPairs().isEmpty()) {
            SearchPlan.Exact exact = timed && exactFits(problem) ? EXACT : null;
            int rounds = (students != null || exact != null) && timed ? ANNEALING_ROUNDS : 1;
            return new SearchPlan("general", construction,
                    new Completion(GENERAL_COMPLETION, COMPLETION_LATE_ACCEPTANCE, completionShare),
                    new Annealing(GENERAL_ANNEALING, rounds, TEMPERATURE_DIVISOR, MIN_STARTING_TEMPERATURE),
                    exact, students);
        }
        int rounds = students != null && timed ? ANNEALING_ROUNDS : 1;
        return new SearchPlan("curricula", construction,
                new Completion(CURRICULUM_MOVES, COMPLETION_LATE_ACCEPTANCE, completionShare),
                new Annealing(CURRICULUM_MOVES, rounds, TEMPERATURE_DIVISOR, MIN_STARTING_TEMPERATURE), null, students);
    }

    /**
     * Exact neighbourhoods model the pairwise and per-section rules, not student gaps. Where gaps
     * count (the faculty: over a million of its 3.5 million soft units at 90 s) their moves mostly
     * trade gaps for what the model sees: measured at 90 s (seed 1) the faculty ended at -3,515,933
     * with them and -3,497,283 without.
     */
    static boolean exactFits(Problem problem) {
        return problem.weights().studentGap() == 0;
    }

    /**
     * Students are re-sectioned for the times and rooms ({@code SectioningSearch}) when student
     * conflicts or gaps count (it weighs both, so a student moved out of a conflict does not gain longer
     * waits unseen) and some student has a choice their fixed sections leave open; not when
     * re-planning, where students' groups are part of what should stay. The faculty's data fixes every
     * student's groups: re-sectioning there moved no one, yet its plan ran in rounds with time kept for
     * it and ended lower at 90 s (-3,461,593 and -3,481,637 against -3,352,237 and -3,415,906, seeds 1
     * and 2). With its master exercise groups left free, re-sectioning lowered both conflicts and gaps
     * (benchmarks/RESULTS.md, Faculty).
     */
    static boolean studentsMove(Problem problem) {
        return (problem.weights().studentConflict() > 0 || problem.weights().studentGap() > 0)
                && problem.previous() == null && !problem.students().isEmpty()
                && SectioningSearch.anyStudentCanMove(problem);
    }

    /** How many (time, room) pairs construction would try when placing both at once. */
    static long placementPairs(Timetable timetable) {
        long pairs = 0;
        for (PlannedSection section : timetable.getSections()) {
            pairs += (long) section.getTimeRange().size() * Math.max(1, section.getRoomRange().size());
        }
        return pairs;
    }
}
