package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.skema.constraints.TimetableConstraints;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.SectioningSearch;

/**
 * Runs Timefold on a problem. One instance runs one solve; {@link #terminateEarly()} (from another
 * thread, e.g. a Ctrl-C hook) makes {@link #solve} return the best solution found so far.
 */
public final class TimetableSolver {
    private static final String CONFIG_RESOURCE = "org/skema/solver/solverConfig.xml";
    /**
     * Moves that pay off where sections meet in shared periods and curricula tie them together (ITC
     * 2007): Kempe chains between two periods and same-time room swaps. Measured there only, so
     * problems without curricula (ITC 2019, the faculty) run without them.
     */
    private static final Set<Class<?>> CURRICULUM_MOVES = Set.of(KempeMoveFactory.class, RoomSwapMoveFactory.class);
    /**
     * Moves measured on problems without curricula only (ITC 2019), so curriculum problems (ITC 2007)
     * run without them: changing all sections of a distribution rule together.
     */
    private static final Set<Class<?>> DISTRIBUTION_MOVES = Set.of(DistributionMoveFactory.class);
    /**
     * Place-and-eject's weight where it replaces the generic moves: its own 2 plus the time change's 4
     * (room swaps into a free room stand in for room changes).
     */
    private static final double CURRICULUM_PLACE_AND_EJECT_WEIGHT = 6;
    /** Draws place-and-eject makes for a move that ejects nobody before it settles for one that does. */
    private static final int CLASH_FREE_ATTEMPTS = 10;
    private static final long HEARTBEAT_MILLIS = 5_000;
    /** Measured: the faculty (869 sections) has about 250,000 pairs; ITC 2019 instances have millions. */
    private static final long MAX_JOINT_PLACEMENT_PAIRS = 1_000_000;
    /** Share of the time left after construction that completing the timetable may take. */
    private static final double REPAIR_SHARE = 0.6;
    /**
     * Late acceptance while completing the timetable: measured on tg-fal17, it placed the last
     * sections at 20 s where simulated annealing with a huge temperature still had one open at 60 s.
     */
    private static final int REPAIR_LATE_ACCEPTANCE = 1000;
    private static final String COMPLETE = "0hard/0medium/*soft";
    /** Share of the time limit kept for re-sectioning students at the end, at most MAX_RESECTIONING. */
    private static final long RESECTIONING_PERCENT = 3;
    private static final Duration MAX_RESECTIONING = Duration.ofSeconds(10);
    /**
     * When students are re-sectioned, simulated annealing runs in this many rounds with a
     * re-sectioning between them. Measured at 120 s on muni-fsps-spr17 and pu-d5-spr17, seeds 1 and 2
     * (sum of the four totals): one round 62,558, three 60,139, six 60,454 (benchmarks/RESULTS.md).
     */
    private static final int ANNEALING_ROUNDS = 3;
    /**
     * ITC 2007 timetables have a soft penalty of a few units per section, so the proportional
     * temperature rounds down to 1. Measured at 60 s on comp02, comp06 and comp12 (sum of the three):
     * 868 with 1, 778 with 3, 791 with 6.
     */
    private static final long MIN_STARTING_TEMPERATURE = 3;

    private volatile Solver<Timetable> solver;
    private volatile boolean terminationRequested;
    /** Set by {@link #stopAtDeadline()}: like a termination request, but not reported as stopping early. */
    private volatile boolean deadlinePassed;

    /** The solver configuration Skema uses, with the given limits and seed. */
    public static SolverConfig config(SolveOptions options) {
        SolverConfig config = (options.solverConfig() == null ? SolverConfig.createFromXmlResource(CONFIG_RESOURCE)
                : SolverConfig.createFromXmlFile(options.solverConfig().toFile()))
                .withSolutionClass(Timetable.class)
                .withEntityClasses(PlannedSection.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(options.environmentMode())
                .withRandomSeed(options.seed());
        TerminationConfig termination = new TerminationConfig();
        boolean limited = false;
        if (options.timeLimit() != null) {
            termination.setSpentLimit(options.timeLimit());
            limited = true;
        }
        if (options.moveLimit() != null) {
            // On the local search phase only, so that construction always completes.
            config.getPhaseConfigList().stream()
                    .filter(LocalSearchPhaseConfig.class::isInstance)
                    .forEach(phase -> phase.setTerminationConfig(new TerminationConfig()
                            .withMoveCountLimit(options.moveLimit())));
            limited = true;
        }
        if (options.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedLimit());
            limited = true;
        }
        if (!limited) {
            throw new IllegalArgumentException("a solve needs a time, move or unimproved-time limit");
        }
        return config.withTerminationConfig(termination);
    }

    /**
     * Builds a solver from the options' configuration once, so that a broken {@code --solver-config}
     * is reported before the problem is read and solved.
     *
     * @throws IllegalArgumentException with Timefold's reason as its message
     */
    public static void requireUsableConfig(SolveOptions options) {
        try {
            SolverFactory.<Timetable>create(config(options)).buildSolver();
        } catch (RuntimeException e) {
            Throwable deepest = e;
            while (deepest.getCause() != null && deepest.getCause() != deepest) {
                deepest = deepest.getCause();
            }
            String reason = deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
            throw new IllegalArgumentException(reason.lines().findFirst().orElse(reason).strip(), e);
        }
    }

    /**
     * The configuration for one timetable: with Skema's own configuration, small domains are
     * constructed by trying every (time, room) pair of a section at once, which starts local search
     * from a much better timetable; large domains (hundreds of times and dozens of rooms per section,
     * as in ITC 2019) keep the time-then-room placer, which does not stall on them.
     */
    static SolverConfig config(SolveOptions options, Timetable timetable) {
        SolverConfig config = config(options);
        if (options.solverConfig() == null && placementPairs(timetable) <= MAX_JOINT_PLACEMENT_PAIRS) {
            List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
            phases.set(0, new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
            config.setPhaseConfigList(phases);
        }
        if (options.solverConfig() == null) {
            if (timetable.getCurriculumPairs().isEmpty()) {
                withoutMoves(config, CURRICULUM_MOVES);
            } else {
                withoutMoves(config, DISTRIBUTION_MOVES);
                withClashFreeMovesOnly(config);
            }
        }
        if (timetable.getSections().stream().anyMatch(s -> s.isTimeLocked() || s.isRoomLocked())) {
            LockedValueFilter.applyTo(config);
        }
        return config;
    }

    /**
     * For problems with curricula: drops Timefold's generic change and swap moves, and place-and-eject
     * takes their weight. Traced on comp07 (ITC 2007), 88-98% of the generic moves broke a hard rule (a
     * taken room, a curriculum or teacher clash) and were rejected only after a full score update, while
     * place-and-eject draws again until its move clashes with nothing. At 300 s comp02, 06, 07 and 13
     * went from 224 and 191 (seeds 1 and 2) to 177 and 183 (benchmarks/RESULTS.md, fourth round).
     */
    private static void withClashFreeMovesOnly(SolverConfig config) {
        forEachUnion(config, union -> {
            union.setMoveSelectorList(union.getMoveSelectorList().stream()
                    .filter(selector -> !(selector instanceof ChangeMoveSelectorConfig
                            || selector instanceof SwapMoveSelectorConfig))
                    .toList());
            union.getMoveSelectorList().stream()
                    .filter(selector -> selector instanceof MoveIteratorFactoryConfig factory
                            && factory.getMoveIteratorFactoryClass() == PlaceAndEjectMoveFactory.class)
                    .map(MoveIteratorFactoryConfig.class::cast)
                    .forEach(factory -> {
                        factory.setFixedProbabilityWeight(CURRICULUM_PLACE_AND_EJECT_WEIGHT);
                        factory.setMoveIteratorFactoryCustomProperties(
                                Map.of("clashFreeAttempts", String.valueOf(CLASH_FREE_ATTEMPTS)));
                    });
        });
    }

    /** Removes the move factories of these classes from every local search phase's union of moves. */
    private static void withoutMoves(SolverConfig config, Set<Class<?>> factories) {
        forEachUnion(config, union -> union.setMoveSelectorList(union.getMoveSelectorList().stream()
                .filter(selector -> !(selector instanceof MoveIteratorFactoryConfig factory
                        && factories.contains(factory.getMoveIteratorFactoryClass())))
                .toList()));
    }

    /**
     * Changes a copy of every local search phase's union of moves and puts it in the phase's place:
     * stages copied from one configuration share the union, and a change for one stage (no
     * distribution moves while completing) must not reach the others.
     */
    private static void forEachUnion(SolverConfig config, Consumer<UnionMoveSelectorConfig> change) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch
                    && localSearch.getMoveSelectorConfig() instanceof UnionMoveSelectorConfig union) {
                UnionMoveSelectorConfig copy = union.copyConfig();
                change.accept(copy);
                localSearch.setMoveSelectorConfig(copy);
            }
        }
    }

    /** How many (time, room) pairs construction would try when placing both at once. */
    static long placementPairs(Timetable timetable) {
        long pairs = 0;
        for (PlannedSection section : timetable.getSections()) {
            pairs += (long) section.getTimeRange().size() * Math.max(1, section.getRoomRange().size());
        }
        return pairs;
    }

    public SolveResult solve(Problem problem, Enrolments enrolments, Solution start, SolveOptions options,
            SolverProgress progress) {
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments, start);
        SolverConfig config = config(options, timetable);
        Run run = new Run(progress);
        run.enrolments = enrolments;
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skema-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(run::heartbeat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        Timetable best;
        try {
            best = options.solverConfig() == null
                    ? constructThenImprove(config, timetable, options.withTimeLimit(searchLimit(problem, options)), run)
                    : runStage(config, timetable, run);
        } finally {
            heartbeat.shutdownNow();
        }
        Solution solution = TimetableMapper.toSolution(best, run.enrolments);
        HardMediumSoftScore score = best.getScore();
        if (resections(problem, options) && !stopping()) {
            long deadline = options.timeLimit() == null ? Long.MAX_VALUE
                    : run.startNanos + options.timeLimit().toNanos();
            Solution resectioned = new Solution(problem, solution.assignments(),
                    SectioningSearch.forConflicts(solution, options.seed()).run(deadline, Long.MAX_VALUE));
            Evaluation evaluation = new Evaluator().evaluate(resectioned);
            solution = resectioned;
            score = HardMediumSoftScore.of(-evaluation.hard(), -evaluation.medium(), -evaluation.soft());
            run.newBest(run.elapsed().toMillis(), score);
        }
        Duration spent = run.elapsed();
        run.history.offer(spent.toMillis(), score);
        long speed = spent.toMillis() == 0 ? 0 : run.moves() * 1000 / spent.toMillis();
        return new SolveResult(solution, score, spent,
                run.history.firstFeasibleMillis() == null ? null : Duration.ofMillis(run.history.firstFeasibleMillis()),
                Duration.ofMillis(run.history.bestMillis()), run.moves(), speed, terminationRequested,
                run.history.points());
    }

    /**
     * Students are re-sectioned for the final times and rooms ({@link SectioningSearch}) when student
     * conflicts count and gaps do not (moving a student to another group could lengthen their gaps,
     * which the re-sectioner does not weigh), and not when re-planning, where students' groups are
     * part of what should stay.
     */
    static boolean resections(Problem problem, SolveOptions options) {
        return options.solverConfig() == null && problem.weights().studentConflict() > 0
                && problem.weights().studentGap() == 0 && problem.previous() == null && !problem.students().isEmpty();
    }

    /** The time local search may take: the limit, less a share kept for re-sectioning. */
    private static Duration searchLimit(Problem problem, SolveOptions options) {
        if (options.timeLimit() == null || !resections(problem, options)) {
            return options.timeLimit();
        }
        Duration share = options.timeLimit().multipliedBy(RESECTIONING_PERCENT).dividedBy(100);
        return options.timeLimit().minus(share.compareTo(MAX_RESECTIONING) > 0 ? MAX_RESECTIONING : share);
    }

    /**
     * Skema's own configuration runs in stages (see ARCHITECTURE.md, "How the solver searches"), so that
     * local search can be tuned to where the search stands: completion with late acceptance while
     * sections are unplaced, then simulated annealing from a temperature proportional to the soft
     * penalty per section (score scales differ by orders of magnitude between the faculty, ITC 2019 and
     * ITC 2007).
     */
    private Timetable constructThenImprove(SolverConfig config, Timetable timetable, SolveOptions options, Run run) {
        List<PhaseConfig> phases = config.getPhaseConfigList();
        SolverConfig construction = config.copyConfig();
        construction.setPhaseConfigList(List.of(phases.get(0)));
        Timetable current = runStage(construction, timetable, run);
        if (phases.size() < 2) {
            return current;
        }
        List<PhaseConfig> improvement = phases.subList(1, phases.size());
        if (current.getScore().mediumScore() < 0 && !outOfTime(options, run)) {
            // Complete the timetable first: the same moves under late acceptance, until all is placed
            // or most of the time is used.
            Duration share = options.timeLimit() == null ? null
                    : Duration.ofMillis((long) (timeLeft(options, run).toMillis() * REPAIR_SHARE));
            LocalSearchAcceptorConfig lateAcceptance = new LocalSearchAcceptorConfig()
                    .withLateAcceptanceSize(REPAIR_LATE_ACCEPTANCE);
            SolverConfig completion = stage(config, improvement, lateAcceptance, share, COMPLETE);
            // Distribution moves repair soft rules only. Measured with them here too, muni-fsps-spr17
            // ended twice as bad: probably completion ended lower, and the starting temperature with it.
            withoutMoves(completion, DISTRIBUTION_MOVES);
            current = runStage(completion, current, run);
        }
        if (outOfTime(options, run)) {
            return current;
        }
        int rounds = resections(current.getProblem(), options) && options.timeLimit() != null ? ANNEALING_ROUNDS : 1;
        long temperature = startingTemperature(current);
        for (int round = 0; round < rounds; round++) {
            // each round starts where one long schedule from the first temperature would stand
            long roundTemperature = Math.max(1, temperature * (rounds - round) / rounds);
            LocalSearchAcceptorConfig annealing = new LocalSearchAcceptorConfig()
                    .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + roundTemperature + "soft");
            Duration left = timeLeft(options, run);
            Duration limit = left == null ? null : left.dividedBy(rounds - round);
            current = runStage(stage(config, improvement, annealing, limit, null), current, run);
            if (round + 1 < rounds && !outOfTime(options, run)) {
                current = resectioned(current, options.seed() + round, resectioningDeadline(options, run), run);
            }
        }
        return current;
    }

    /**
     * The same timetable with its students re-sectioned for its times and rooms, as the next stage's
     * working solution: the next round's moves are then judged against the students' best
     * combinations, not against the ones chosen before any time was known.
     */
    private static Timetable resectioned(Timetable timetable, long seed, long deadlineNanos, Run run) {
        Problem problem = timetable.getProblem();
        Solution solution = TimetableMapper.toSolution(timetable, run.enrolments);
        run.enrolments = SectioningSearch.forConflicts(solution, seed).run(deadlineNanos, Long.MAX_VALUE);
        return TimetableMapper.toTimetable(problem, run.enrolments,
                new Solution(problem, solution.assignments(), run.enrolments));
    }

    /** A re-sectioning between rounds takes at most a tenth of the time left, and never over MAX_RESECTIONING. */
    private static long resectioningDeadline(SolveOptions options, Run run) {
        Duration share = timeLeft(options, run).dividedBy(10);
        return System.nanoTime() + Math.min(share.toNanos(), MAX_RESECTIONING.toNanos());
    }

    /**
     * The local search phases with an acceptor (replacing the configured simulated annealing), a time
     * limit and an optional score to stop at.
     */
    private SolverConfig stage(SolverConfig config, List<PhaseConfig> phases, LocalSearchAcceptorConfig acceptor,
            Duration limit, String scoreLimit) {
        SolverConfig stage = config.copyConfig();
        List<PhaseConfig> copies = new ArrayList<>();
        for (PhaseConfig phase : phases) {
            PhaseConfig<?> copy = (PhaseConfig<?>) phase.copyConfig();
            if (copy instanceof LocalSearchPhaseConfig localSearch && localSearch.getAcceptorConfig() != null
                    && localSearch.getAcceptorConfig().getSimulatedAnnealingStartingTemperature() != null) {
                localSearch.setAcceptorConfig(acceptor);
            }
            copies.add(copy);
        }
        stage.setPhaseConfigList(copies);
        TerminationConfig termination = stage.getTerminationConfig().copyConfig();
        if (limit != null) {
            termination.setSpentLimit(Duration.ofMillis(Math.max(1, limit.toMillis())));
        }
        if (scoreLimit != null) {
            termination.setBestScoreLimit(scoreLimit);
        }
        stage.setTerminationConfig(termination);
        return stage;
    }

    private boolean outOfTime(SolveOptions options, Run run) {
        return stopping() || (options.timeLimit() != null && timeLeft(options, run).toMillis() <= 0);
    }

    private static Duration timeLeft(SolveOptions options, Run run) {
        return options.timeLimit() == null ? null : options.timeLimit().minus(run.elapsed());
    }

    /**
     * A fifth of the soft penalty per section, at least {@link #MIN_STARTING_TEMPERATURE}: uphill moves
     * of that size are often accepted at first.
     */
    static long startingTemperature(Timetable constructed) {
        long soft = constructed.getScore() == null ? 0 : -constructed.getScore().softScore();
        return Math.max(MIN_STARTING_TEMPERATURE, soft / Math.max(1, 5L * constructed.getSections().size()));
    }

    private Timetable runStage(SolverConfig config, Timetable timetable, Run run) {
        Solver<Timetable> created = SolverFactory.<Timetable>create(config).buildSolver();
        long offset = run.elapsed().toMillis();
        created.addEventListener(event -> run.newBest(offset + event.getTimeMillisSpent(),
                (HardMediumSoftScore) event.getNewBestScore()));
        DefaultSolver<Timetable> running = (DefaultSolver<Timetable>) created;
        run.stage = running;
        this.solver = created;
        if (stopping()) {
            created.terminateEarly();
        }
        try {
            return created.solve(timetable);
        } finally {
            run.finishStage(running.getMoveEvaluationCount());
        }
    }

    /** One solve's clock, best scores and move counts over its stages. */
    private static final class Run {
        final ScoreHistory history = new ScoreHistory();
        final SolverProgress progress;
        final long startNanos = System.nanoTime();
        volatile DefaultSolver<Timetable> stage;
        volatile long earlierMoves;
        Enrolments enrolments;

        Run(SolverProgress progress) {
            this.progress = progress;
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }

        void newBest(long millis, HardMediumSoftScore score) {
            history.offer(millis, score);
            progress.newBest(millis, score);
        }

        void finishStage(long stageMoves) {
            earlierMoves += stageMoves;
            stage = null;
        }

        long moves() {
            DefaultSolver<Timetable> current = stage;
            return earlierMoves + (current == null ? 0 : current.getMoveEvaluationCount());
        }

        void heartbeat() {
            progress.heartbeat(elapsed().toMillis(), history.best(), moves());
        }
    }

    /** Asks a running (or about to run) solve to stop and return its best solution. */
    public void terminateEarly() {
        terminationRequested = true;
        stopCurrentStage();
    }

    /**
     * Ends a solve whose time limit has passed, measured from when the caller started it: a worker
     * that started late, its cores taken by other workers, would otherwise overrun the limit.
     */
    public void stopAtDeadline() {
        deadlinePassed = true;
        stopCurrentStage();
    }

    private boolean stopping() {
        return terminationRequested || deadlinePassed;
    }

    private void stopCurrentStage() {
        Solver<Timetable> current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }
}
