package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;
import org.skema.sectioning.SectioningSearch;
import org.skema.solver.SearchPlan.Resectioning;
import org.skema.solver.domain.Timetable;
import org.skema.solver.domain.TimetableMapper;
import org.skema.solver.moves.NeighbourhoodTally;

/**
 * Runs a solve: the stages of a {@link SearchPlan} (or the user's own solver configuration, in one
 * stage), each a Timefold solve that starts from the previous stage's best timetable, with students
 * re-sectioned where the plan says. One instance runs one solve; {@link #terminateEarly()} (from
 * another thread, e.g. a Ctrl-C hook) makes {@link #solve} return the best solution found so far.
 */
public final class TimetableSolver {
    private static final String COMPLETE = "0hard/0medium/*soft";
    private static final long HEARTBEAT_MILLIS = 5_000;
    private static final LocalSearchAcceptorConfig HILL_CLIMBING = new LocalSearchAcceptorConfig()
            .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING));

    private volatile Solver<Timetable> solver;
    private volatile boolean terminationRequested;
    /** Set by {@link #stopAtDeadline()}: like a termination request, but not reported as stopping early. */
    private volatile boolean deadlinePassed;
    /**
     * Set when searching on cannot pay: the best score is perfect (0hard/0medium/0soft, nothing
     * lower exists) or has not improved for the unimproved limit. Stops like the deadline.
     */
    private volatile boolean settled;
    private volatile boolean finished;
    private final AtomicBoolean stopper = new AtomicBoolean();
    private static final long STOP_RETRY_MILLIS = 100;

    /**
     * Builds a solver from the user's configuration once, so that a broken {@code --solver-config}
     * is reported before the problem is read and solved.
     *
     * @throws IllegalArgumentException with Timefold's reason as its message
     */
    public static void requireUsableConfig(SolveOptions options) {
        try {
            SolverFactory.<Timetable>create(StageConfigs.custom(options, false)).buildSolver();
        } catch (RuntimeException e) {
            Throwable deepest = e;
            while (deepest.getCause() != null && deepest.getCause() != deepest) {
                deepest = deepest.getCause();
            }
            String reason = deepest.getMessage() == null ? deepest.toString() : deepest.getMessage();
            throw new IllegalArgumentException(reason.lines().findFirst().orElse(reason).strip(), e);
        }
    }

    public SolveResult solve(Problem problem, Enrolments enrolments, Solution start, SolveOptions options,
            SolverProgress progress) {
        Timetable timetable = TimetableMapper.toTimetable(problem, enrolments, start);
        boolean locked = timetable.getSections().stream().anyMatch(s -> s.isTimeLocked() || s.isRoomLocked());
        SearchPlan plan = options.solverConfig() == null ? SearchPlans.forTimetable(timetable, options) : null;
        Run run = new Run(progress, enrolments, locked);
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skema-progress");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(run::heartbeat, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
        if (options.unimprovedLimit() != null) {
            // Over the whole solve: Timefold's own unimproved limit starts again with every stage.
            long limit = options.unimprovedLimit().toMillis();
            long period = Math.clamp(limit / 4, 50, 1000);
            heartbeat.scheduleAtFixedRate(() -> {
                long searchFrom = run.searchFromMillis;
                if (searchFrom >= 0 && run.elapsed().toMillis() - Math.max(searchFrom, run.history.bestMillis()) >= limit) {
                    settle();
                }
            }, period, period, TimeUnit.MILLISECONDS);
        }
        Timetable best;
        try {
            if (plan == null) {
                run.searchFromMillis = 0;
            }
            best = plan == null ? runStage("custom", StageConfigs.custom(options, locked), timetable, run)
                    : runPlan(plan, timetable, options.withTimeLimit(searchLimit(plan, options)), run);
        } finally {
            finished = true;
            heartbeat.shutdownNow();
            run.neighbourhoods.stop();
        }
        Solution solution = TimetableMapper.toSolution(best, run.enrolments);
        HardMediumSoftScore score = best.getScore();
        if (plan != null && plan.students() != null && !stopping()) {
            long startMillis = run.elapsed().toMillis();
            long deadline = options.timeLimit() == null ? Long.MAX_VALUE
                    : run.startNanos + options.timeLimit().toNanos();
            Solution resectioned = new Solution(problem, solution.assignments(),
                    SectioningSearch.forStudentPenalty(solution, options.seed()).run(deadline, Long.MAX_VALUE));
            HardMediumSoftScore before = score;
            solution = resectioned;
            score = evaluated(resectioned);
            run.newBest(score);
            run.stages.add(new SolveResult.Stage("resectioning", run.elapsed().toMillis() - startMillis, before, score,
                    0, List.of()));
        }
        Duration spent = run.elapsed();
        run.history.offer(spent.toMillis(), score);
        long speed = spent.toMillis() == 0 ? 0 : run.moves() * 1000 / spent.toMillis();
        return new SolveResult(solution, score, spent,
                run.history.firstFeasibleMillis() == null ? null : Duration.ofMillis(run.history.firstFeasibleMillis()),
                Duration.ofMillis(run.history.bestMillis()), run.moves(), speed, terminationRequested,
                run.history.points(), List.copyOf(run.stages));
    }

    /** The Evaluator's score of a solution, as the solver's score type. */
    private static HardMediumSoftScore evaluated(Solution solution) {
        Evaluation evaluation = new Evaluator().evaluate(solution);
        return HardMediumSoftScore.of(-evaluation.hard(), -evaluation.medium(), -evaluation.soft());
    }

    /** The time the stages may take: the limit, less the share the plan keeps for re-sectioning at the end. */
    private static Duration searchLimit(SearchPlan plan, SolveOptions options) {
        Resectioning students = plan.students();
        if (options.timeLimit() == null || students == null) {
            return options.timeLimit();
        }
        Duration share = options.timeLimit().multipliedBy(students.finalPercent()).dividedBy(100);
        return options.timeLimit().minus(share.compareTo(students.finalMax()) > 0 ? students.finalMax() : share);
    }

    /**
     * Construction; completion with late acceptance while sections are unplaced (until all are placed
     * or its share of the time is used); then simulated annealing in the plan's rounds, each from the
     * temperature one long schedule would have reached there, with the students re-sectioned before
     * each round when the plan moves them, and the exact stage after each round's annealing taking a
     * share of the round set by what the two gained per second in the round before. The first
     * temperature is proportional to the soft penalty per section: score scales differ by orders of
     * magnitude between the faculty, ITC 2019 and ITC 2007.
     */
    private Timetable runPlan(SearchPlan plan, Timetable timetable, SolveOptions options, Run run) {
        Timetable current = runStage("construction", StageConfigs.construction(options, plan.construction()),
                timetable, run);
        run.searchFromMillis = run.elapsed().toMillis();
        if (current.getScore().mediumScore() < 0 && !outOfTime(options, run)) {
            Duration share = options.timeLimit() == null ? null
                    : Duration.ofMillis((long) (timeLeft(options, run).toMillis() * plan.completion().timeShare()));
            LocalSearchAcceptorConfig lateAcceptance = new LocalSearchAcceptorConfig()
                    .withLateAcceptanceSize(plan.completion().lateAcceptanceSize());
            current = runStage("completion", StageConfigs.localSearch(options, plan.completion().moves(),
                    lateAcceptance, share, COMPLETE, run.locked), current, run);
        }
        SearchPlan.Annealing annealing = plan.annealing();
        int rounds = annealing.rounds();
        long temperature = startingTemperature(current, annealing);
        SearchPlan.Exact exact = plan.exact();
        double exactShare = exact == null ? 0 : exact.timeShare();
        for (int round = 0; round < rounds && !outOfTime(options, run); round++) {
            if (plan.students() != null && rounds > 1) {
                current = resectioned(current, options.seed() + round - 1,
                        resectioningDeadline(plan.students(), options, run), run);
            }
            long roundTemperature = Math.max(1, temperature * (rounds - round) / rounds);
            LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig()
                    .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + roundTemperature + "soft");
            Duration left = timeLeft(options, run);
            Duration limit = left == null ? null : left.dividedBy(rounds - round);
            Duration annealingLimit = limit == null || exact == null ? limit
                    : Duration.ofMillis((long) (limit.toMillis() * (1 - exactShare)));
            long annealingStart = run.elapsed().toMillis();
            current = runStage("annealing", StageConfigs.localSearch(options, annealing.moves(), acceptor,
                    annealingLimit, null, run.locked), current, run);
            if (exact != null && !outOfTime(options, run)) {
                long exactStart = run.elapsed().toMillis();
                HardMediumSoftScore annealingHalfway = run.history.bestAt((annealingStart + exactStart) / 2);
                HardMediumSoftScore beforeExact = current.getScore();
                Duration exactLimit = limit == null ? null : limit.minus(annealingLimit);
                current = runStage("exact", StageConfigs.localSearch(options, exact.moves(), HILL_CLIMBING,
                        exactLimit, null, run.locked), current, run);
                if (annealingHalfway != null && beforeExact != null && current.getScore() != null) {
                    exactShare = SearchPlan.Exact.nextShare(exactShare,
                            beforeExact.softScore() - annealingHalfway.softScore(), (exactStart - annealingStart) / 2,
                            current.getScore().softScore() - beforeExact.softScore(),
                            run.elapsed().toMillis() - exactStart);
                }
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
        long startMillis = run.elapsed().toMillis();
        Problem problem = timetable.getProblem();
        Solution solution = TimetableMapper.toSolution(timetable, run.enrolments);
        run.enrolments = SectioningSearch.forStudentPenalty(solution, seed).run(deadlineNanos, Long.MAX_VALUE);
        Solution moved = new Solution(problem, solution.assignments(), run.enrolments);
        Timetable rebuilt = TimetableMapper.toTimetable(problem, run.enrolments, moved);
        rebuilt.setScore(evaluated(moved));
        run.stages.add(new SolveResult.Stage("resectioning", run.elapsed().toMillis() - startMillis,
                timetable.getScore(), rebuilt.getScore(), 0, List.of()));
        return rebuilt;
    }

    private static long resectioningDeadline(Resectioning students, SolveOptions options, Run run) {
        long share = (long) (timeLeft(options, run).toNanos() * students.betweenRoundsShare());
        return System.nanoTime() + Math.min(share, students.betweenRoundsMax().toNanos());
    }

    private boolean outOfTime(SolveOptions options, Run run) {
        return stopping() || (options.timeLimit() != null && timeLeft(options, run).toMillis() <= 0);
    }

    private static Duration timeLeft(SolveOptions options, Run run) {
        return options.timeLimit() == null ? null : options.timeLimit().minus(run.elapsed());
    }

    static long startingTemperature(Timetable constructed, SearchPlan.Annealing annealing) {
        long soft = constructed.getScore() == null ? 0 : -constructed.getScore().softScore();
        return Math.max(annealing.minTemperature(),
                soft / Math.max(1, annealing.temperatureDivisor() * constructed.getSections().size()));
    }

    /** Runs one stage and records it (name, time, best score before and after, moves). */
    private Timetable runStage(String name, SolverConfig config, Timetable timetable, Run run) {
        long startMillis = run.elapsed().toMillis();
        HardMediumSoftScore before = timetable.getScore();
        run.neighbourhoods.stageStarted(before);
        Timetable after = runStage(config, timetable, run);
        run.stages.add(new SolveResult.Stage(name, run.elapsed().toMillis() - startMillis, before, after.getScore(),
                run.lastStageMoves, run.neighbourhoods.stageEnded()));
        return after;
    }

    /**
     * One stage as a Timefold solve on this thread, so that its errors (memory running out) reach the
     * caller as they are and new bests arrive in order.
     */
    private Timetable runStage(SolverConfig config, Timetable timetable, Run run) {
        Solver<Timetable> created = SolverFactory.<Timetable>create(config).buildSolver();
        created.addEventListener(event -> {
            HardMediumSoftScore score = (HardMediumSoftScore) event.getNewBestScore();
            run.neighbourhoods.newBest(score);
            run.newBest(score);
            if (score.equals(HardMediumSoftScore.ZERO)) {
                settle();
            }
        });
        LongSupplier moves = MoveCount.of(created);
        run.stage = moves;
        solver = created;
        if (stopping()) {
            created.terminateEarly();
        }
        try {
            return created.solve(timetable);
        } finally {
            run.finishStage(moves.getAsLong());
        }
    }

    /** One solve's clock, best scores and move counts over its stages. */
    private static final class Run {
        final ScoreHistory history = new ScoreHistory();
        final SolverProgress progress;
        final boolean locked;
        final long startNanos = System.nanoTime();
        volatile LongSupplier stage;
        volatile long earlierMoves;
        /** When the search after construction began (the unimproved limit never cuts construction short); -1 before. */
        volatile long searchFromMillis = -1;
        long lastStageMoves;
        final List<SolveResult.Stage> stages = new ArrayList<>();
        /** Counts the exact neighbourhoods of this solve (this thread's; see NeighbourhoodTally). */
        final NeighbourhoodTally neighbourhoods = NeighbourhoodTally.start();
        Enrolments enrolments;

        Run(SolverProgress progress, Enrolments enrolments, boolean locked) {
            this.progress = progress;
            this.enrolments = enrolments;
            this.locked = locked;
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }


        /** A new best, timed on this solve's clock. */
        void newBest(HardMediumSoftScore score) {
            long millis = elapsed().toMillis();
            if (history.offer(millis, score)) {
                progress.newBest(millis, score);
            }
        }

        void finishStage(long stageMoves) {
            earlierMoves += stageMoves;
            lastStageMoves = stageMoves;
            stage = null;
        }

        long moves() {
            LongSupplier current = stage;
            return earlierMoves + (current == null ? 0 : current.getAsLong());
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

    private void settle() {
        settled = true;
        stopCurrentStage();
    }

    private boolean stopping() {
        return terminationRequested || deadlinePassed || settled;
    }

    /**
     * Stops the running stage, and keeps doing so until the solve has ended: a stage told to stop
     * just before its solve starts would otherwise forget it (Timefold resets the request when solving
     * starts), and run to its full limit (seen as a Ctrl-C that took over a minute under load).
     */
    private void stopCurrentStage() {
        if (!stopper.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            while (!finished) {
                Solver<Timetable> current = solver;
                if (current != null) {
                    current.terminateEarly();
                }
                try {
                    Thread.sleep(STOP_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "skema-stop");
        thread.setDaemon(true);
        thread.start();
    }
}
