package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.skema.constraints.TimetableConstraints;
import org.skema.model.Problem;
import org.skema.model.Section;
import org.skema.model.Solution;

/**
 * Runs Timefold on a problem. One instance runs one solve; {@link #terminateEarly()} (from another
 * thread, e.g. a Ctrl-C hook) makes {@link #solve} return the best solution found so far.
 */
public final class TimetableSolver {
    private static final String CONFIG_RESOURCE = "org/skema/solver/solverConfig.xml";
    private static final long HEARTBEAT_MILLIS = 5_000;
    /** Measured: the faculty (869 sections) has about 250,000 pairs; ITC 2019 instances have millions. */
    private static final long MAX_JOINT_PLACEMENT_PAIRS = 1_000_000;

    private volatile Solver<Timetable> solver;
    private volatile boolean terminationRequested;

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
        if (timetable.getSections().stream().anyMatch(s -> s.isTimeLocked() || s.isRoomLocked())) {
            LockedValueFilter.applyTo(config);
        }
        return config;
    }

    /** How many (time, room) pairs construction would try when placing both at once. */
    static long placementPairs(Timetable timetable) {
        long pairs = 0;
        for (PlannedSection section : timetable.getSections()) {
            pairs += (long) section.getTimeRange().size() * Math.max(1, section.getRoomRange().size());
        }
        return pairs;
    }

    public SolveResult solve(Problem problem, List<List<Section>> enrolments, Solution start, SolveOptions options,
            SolverProgress progress) {
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments, start);
        SolverFactory<Timetable> factory = SolverFactory.create(config(options, timetable));
        Solver<Timetable> created = factory.buildSolver();
        ScoreHistory history = new ScoreHistory();
        created.addEventListener(event -> {
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            history.offer(event.getTimeMillisSpent(), score);
            progress.newBest(event.getTimeMillisSpent(), score);
        });
        DefaultSolver<Timetable> running = (DefaultSolver<Timetable>) created;
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skema-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> progress.heartbeat(running.getTimeMillisSpent(), history.best(),
                running.getMoveEvaluationCount()), HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        this.solver = created;
        if (terminationRequested) {
            created.terminateEarly();
        }
        long startNanos = System.nanoTime();
        Timetable best;
        try {
            best = created.solve(timetable);
        } finally {
            heartbeat.shutdownNow();
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - startNanos);
        HardMediumSoftScore score = best.getScore();
        history.offer(spent.toMillis(), score);
        return new SolveResult(TimetableMapper.toSolution(best, enrolments), score, spent,
                history.firstFeasibleMillis() == null ? null : Duration.ofMillis(history.firstFeasibleMillis()),
                Duration.ofMillis(history.bestMillis()), running.getMoveEvaluationCount(),
                running.getMoveEvaluationSpeed(), terminationRequested, history.points());
    }

    /** Asks a running (or about to run) solve to stop and return its best solution. */
    public void terminateEarly() {
        terminationRequested = true;
        Solver<Timetable> current = solver;
        if (current != null) {
            current.terminateEarly();
        }
    }
}
