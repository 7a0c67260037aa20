package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;

/**
 * Runs several independent solvers at once, each with its own seed, and keeps the best timetable.
 * Timefold's own multi-threaded solving is a paid feature; independent runs use every core anyway.
 */
public final class PortfolioSolver {
    /**
     * Most workers a solve may have: twice the cores. More only share the cores, and each spends its
     * first second or so building its own copy of the problem and solver, all before searching: 64
     * workers on 2 cores took 24 s for a 5 s limit on the 7-section example, none with a timetable at 10 s.
     */
    public static final int MAX_WORKERS = 2 * Runtime.getRuntime().availableProcessors();
    /** How long past the time limit the last workers may take to hand in their timetables. */
    private static final Duration DEADLINE_GRACE = Duration.ofSeconds(1);

    private final List<TimetableSolver> workers = new ArrayList<>();

    public PortfolioSolver(int workerCount) {
        if (workerCount < 1 || workerCount > MAX_WORKERS) {
            throw new IllegalArgumentException("1 to " + MAX_WORKERS + " workers, got " + workerCount);
        }
        for (int i = 0; i < workerCount; i++) {
            workers.add(new TimetableSolver());
        }
    }

    /** Worker i uses seed {@code options.seed() + i}; with one worker this is a plain solve. */
    public SolveResult solve(Problem problem, Enrolments enrolments, Solution start, SolveOptions options,
            SolverProgress progress) {
        if (workers.size() == 1) {
            return workers.get(0).solve(problem, enrolments, start, options, progress);
        }
        BestOfAll shared = new BestOfAll(progress, workers.size());
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(), runnable -> {
            Thread thread = new Thread(runnable, "skema-worker");
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "skema-deadline");
            thread.setDaemon(true);
            return thread;
        });
        if (options.timeLimit() != null) {
            // Each worker times itself from its own start; when workers outnumber the cores, they start
            // late and would overrun the limit together.
            watchdog.schedule(() -> workers.forEach(TimetableSolver::stopAtDeadline), options.timeLimit().plus(DEADLINE_GRACE).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        try {
            CompletionService<SolveResult> running = new ExecutorCompletionService<>(pool);
            List<Future<SolveResult>> futures = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                TimetableSolver worker = workers.get(i);
                SolveOptions seeded = options.withSeed(options.seed() + i);
                SolverProgress reporter = shared.forWorker(i);
                futures.add(running.submit(() -> worker.solve(problem, enrolments, start, seeded, reporter)));
            }
            // Waited for in the order they finish, so that a worker's failure (out of memory) stops the others at once.
            for (int i = 0; i < workers.size(); i++) {
                running.take().get();
            }
            List<SolveResult> results = new ArrayList<>();
            for (Future<SolveResult> future : futures) {
                results.add(future.get());
            }
            return combine(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminateEarly();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            terminateEarly();
            // An Error (out of memory above all) stays one, so the CLI reports it as such.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            watchdog.shutdownNow();
            pool.shutdownNow();
        }
    }

    public void terminateEarly() {
        workers.forEach(TimetableSolver::terminateEarly);
    }

    /** The best worker's timetable; times and move counts over all workers. */
    static SolveResult combine(List<SolveResult> results) {
        SolveResult best = results.stream().max(Comparator.comparing(SolveResult::score)).orElseThrow();
        Duration firstFeasible = results.stream().map(SolveResult::timeToFirstFeasible)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        Duration spent = results.stream().map(SolveResult::timeSpent).max(Comparator.naturalOrder()).orElseThrow();
        long moves = results.stream().mapToLong(SolveResult::moveEvaluationCount).sum();
        long speed = results.stream().mapToLong(SolveResult::moveEvaluationSpeed).sum();
        boolean early = results.stream().anyMatch(SolveResult::terminatedEarly);
        return new SolveResult(best.solution(), best.score(), spent, firstFeasible, best.timeToBest(), moves, speed,
                early, bestOverTime(results), best.stages());
    }

    /** The best score any worker had at each moment. */
    private static List<SolveResult.Point> bestOverTime(List<SolveResult> results) {
        List<SolveResult.Point> all = new ArrayList<>();
        results.forEach(result -> all.addAll(result.history()));
        all.sort(Comparator.comparingLong(SolveResult.Point::millis));
        List<SolveResult.Point> improving = new ArrayList<>();
        HardMediumSoftScore best = null;
        for (SolveResult.Point point : all) {
            if (best == null || point.score().compareTo(best) > 0) {
                best = point.score();
                improving.add(point);
            }
        }
        return improving;
    }

    /** Passes on only scores that beat every worker's best so far, and one heartbeat for all workers. */
    private static final class BestOfAll {
        private final SolverProgress delegate;
        private final long[] moves;
        private HardMediumSoftScore best;

        BestOfAll(SolverProgress delegate, int workerCount) {
            this.delegate = delegate;
            this.moves = new long[workerCount];
        }

        SolverProgress forWorker(int worker) {
            return new SolverProgress() {
                @Override
                public void newBest(long millisSpent, HardMediumSoftScore score) {
                    offer(millisSpent, score);
                }

                @Override
                public void heartbeat(long millisSpent, HardMediumSoftScore bestScore, long moveEvaluationCount) {
                    beat(worker, millisSpent, moveEvaluationCount);
                }
            };
        }

        private synchronized void offer(long millisSpent, HardMediumSoftScore score) {
            if (best == null || score.compareTo(best) > 0) {
                best = score;
                delegate.newBest(millisSpent, score);
            }
        }

        private synchronized void beat(int worker, long millisSpent, long moveEvaluationCount) {
            moves[worker] = moveEvaluationCount;
            if (worker == 0) {
                delegate.heartbeat(millisSpent, best, java.util.Arrays.stream(moves).sum());
            }
        }
    }
}
