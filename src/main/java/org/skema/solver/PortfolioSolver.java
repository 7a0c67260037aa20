package org.skema.solver;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.model.Solution;

/**
 * Runs several independent solvers at once, each with its own seed, and keeps the best timetable.
 * Timefold's own multi-threaded solving is a paid feature; independent runs use every core anyway.
 */
public final class PortfolioSolver {
    private final List<TimetableSolver> workers = new ArrayList<>();

    public PortfolioSolver(int workerCount) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("at least one worker, got " + workerCount);
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
        try {
            List<Future<SolveResult>> futures = new ArrayList<>();
            for (int i = 0; i < workers.size(); i++) {
                TimetableSolver worker = workers.get(i);
                SolveOptions seeded = options.withSeed(options.seed() + i);
                SolverProgress reporter = shared.forWorker(i);
                futures.add(pool.submit(() -> worker.solve(problem, enrolments, start, seeded, reporter)));
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
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
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
