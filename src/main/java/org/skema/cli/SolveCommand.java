package org.skema.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.skema.evaluate.Evaluation;
import org.skema.evaluate.Evaluator;
import org.skema.bench.SolveStats;
import org.skema.io.AtomicFiles;
import org.skema.io.Formats;
import org.skema.io.OutputClaim;
import org.skema.model.Enrolments;
import org.skema.model.Problem;
import org.skema.sectioning.GreedySectioner;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolveResult;
import org.skema.solver.PortfolioSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Solves a problem and writes the best timetable found. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve a timetabling problem and write the best solution found.",
        footer = {"", "Examples:",
                "  skema solve datasets/faculty.json -o out/faculty-solution.json --time-limit 2m",
                "  skema solve datasets/faculty-small.json --seed 7 --move-limit 200000",
                "  skema solve wbg-fal10.xml -o wbg-fal10-solution.xml --time-limit 60s   (ITC 2019)",
                "  skema solve comp01.ctt -o comp01.sol --time-limit 60s",
                "  skema solve faculty-v2.json --from faculty-solution.json -o faculty-v2-solution.json --lock-teacher I042",
                "    (re-plan after changes: keeps what it can, writes the moved sections to faculty-v2-solution-diff.csv)",
                "", "Progress goes to stderr; Ctrl-C (or SIGTERM) stops early and still writes the best solution so far.",
                "Exit codes: 0 feasible, 1 hard violations or unplaced sections remain, 2 bad input, 3 internal error"
                        + " or out of memory (give Java more with SKEMA_JAVA_OPTS=-Xmx8g), 130 stopped by Ctrl-C and"
                        + " 143 by SIGTERM, after writing the best solution and its Feasible: line."})
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Problem file (.json, ITC 2019 .xml, ITC 2007 .ctt).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
            description = "Solution file to write (.json, ITC 2019 .xml, ITC 2007 .sol). Default: INPUT's name with"
                    + " -solution and the solution extension of INPUT's format, next to it.")
    Path output;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 90s, 2m, 1m30s (default: ${DEFAULT-VALUE}).", defaultValue = "90s")
    Duration timeLimit;

    @Option(names = "--move-limit", paramLabel = "N",
            description = "Also stop local search after N evaluated moves (0: construction only); with --seed this"
                    + " makes a run reproducible.")
    Long moveLimit;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + SolveOptions.DEFAULT_SEED)
    long seed;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Run N independent solvers (seeds SEED, SEED+1, ...) on N threads and keep the best "
                    + "(default: ${DEFAULT-VALUE}; at most twice the machine's cores).")
    int workers;

    @Option(names = "--solver-config", paramLabel = "XML",
            description = "A Timefold solver configuration to use instead of Skema's own (for experiments).")
    Path solverConfig;

    @Option(names = "--stats", paramLabel = "FILE",
            description = "Also write how the solve went (times, moves/s, memory, best score over time, each stage) as JSON.")
    Path stats;

    @Option(names = "--full-assert", description = "Check every score incrementally computed (slow; for debugging).")
    boolean fullAssert;

    @Option(names = "--force", description = "Overwrite OUTPUT if it exists.")
    boolean force;

    @Option(names = "--bound", arity = "0..1", paramLabel = "DURATION", converter = DurationConverter.class,
            fallbackValue = BoundPrinter.DEFAULT_LIMIT, description = "Also prove a lower bound of the soft score with"
            + " CP-SAT within DURATION (default: " + BoundPrinter.DEFAULT_LIMIT + ") and print the gap to it (after solving; the time adds to the limit).")
    Duration bound;

    @Option(names = {"-v", "--verbose"}, description = "Show the solver's own log and stack traces.")
    boolean verbose;

    @Mixin
    ReplanOptions replan;

    @Override
    public Integer call() {
        if (verbose) {
            VerboseLogging.enable();
        }
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : defaultOutput(input);
        Formats.requireSolutionTarget(target, force);
        if (stats != null) {
            AtomicFiles.requireWritable(stats, force);
        }
        OptionRanges.workers(spec, workers);
        if (moveLimit != null) {
            OptionRanges.atLeast(spec, "--move-limit", moveLimit, 0);
        }
        SolveOptions options = new SolveOptions(timeLimit, moveLimit, null, seed,
                fullAssert ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.PHASE_ASSERT, solverConfig);
        if (solverConfig != null) {
            SolverConfigOption.check(solverConfig, options);
        }
        replan.requireUsable(spec.commandLine(), target, force);
        Problem problem = replan.apply(Formats.readProblem(input, ReadNotices.printTo(spec.commandLine().getErr())), out, spec.commandLine().getErr());
        Enrolments enrolments = new GreedySectioner().section(problem);
        ReplanOptions.requireConsistentLocks(problem, enrolments, input);

        // Before the search: another run writing the same output, or a folder that is not writable, ends it now.
        OutputClaim claim = OutputClaim.claim(outputs(target).toArray(Path[]::new));
        PortfolioSolver solver = new PortfolioSolver(workers);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            Shutdown.markInProgress();
            solver.terminateEarly();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "skema-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), System.console() != null);
        try {
            out.printf(Locale.ROOT, "Solving %s: %d sections, %d students, %d teachers, %d rooms (limit %s, seed %d%s)%n",
                    input, problem.sections().size(), problem.students().size(), problem.teachers().size(),
                    problem.rooms().size(), describe(timeLimit), seed, workers > 1 ? ", " + workers + " workers" : "");
            if (!problem.locks().isEmpty()) {
                out.println("Keeping " + ReplanOptions.describeLocks(problem.locks()));
            }
            out.flush();
            SolveResult result = solver.solve(problem, enrolments, replan.start(problem, enrolments), options, progress);
            progress.finish();
            Evaluation evaluation = new Evaluator().evaluate(result.solution());
            Formats.writeSolution(result.solution(), info(result, evaluation), target, force);
            if (stats != null) {
                SolveStats.of(result, seed, workers, peakHeapBytes()).write(stats, force);
            }
            printSummary(out, result, evaluation, target);
            if (bound != null) {
                BoundPrinter.computeAndPrint(problem, bound, evaluation, target.toString(), out);
            }
            replan.report(result.solution(), target, force, out);
            return evaluation.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
        } finally {
            claim.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException shuttingDown) {
                Shutdown.markInProgress();
            }
        }
    }

    private List<Path> outputs(Path target) {
        List<Path> outputs = new ArrayList<>(List.of(target));
        if (stats != null) {
            outputs.add(stats);
        }
        outputs.addAll(replan.outputs(target));
        return outputs;
    }

    static Path defaultOutput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return input.resolveSibling(stem + "-solution" + Formats.solutionExtensionFor(input));
    }

    private Map<String, Object> info(SolveResult result, Evaluation evaluation) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("score", evaluation.scoreText());
        info.put("feasible", evaluation.feasible());
        info.put("seconds", result.timeSpent().toMillis() / 1000.0);
        info.put("firstFeasibleSeconds", result.timeToFirstFeasible() == null ? null
                : result.timeToFirstFeasible().toMillis() / 1000.0);
        info.put("movesPerSecond", result.moveEvaluationSpeed());
        info.put("seed", seed);
        info.put("workers", workers);
        info.put("stoppedEarly", result.terminatedEarly());
        info.put("solver", SkemaVersion.VERSION);
        return info;
    }

    private void printSummary(PrintWriter out, SolveResult result, Evaluation evaluation, Path target) {
        out.printf(Locale.ROOT, "Solved in %.1f s%s; first feasible %s; %,d moves/s; peak heap %,d MB%n",
                result.timeSpent().toMillis() / 1000.0, result.terminatedEarly() ? " (stopped early)" : "",
                result.timeToFirstFeasible() == null ? "never" : String.format(Locale.ROOT, "after %.1f s",
                        result.timeToFirstFeasible().toMillis() / 1000.0),
                result.moveEvaluationSpeed(), peakHeapBytes() / (1024 * 1024));
        if (!evaluation.scoreText().equals(result.score().toString())) {
            out.println("WARNING: the solver's score " + result.score() + " differs from the Evaluator's "
                    + evaluation.scoreText() + "; please report this bug. The Evaluator's score is the true one.");
        }
        EvaluationPrinter.printHeadline(evaluation, out);
        EvaluationPrinter.printTable(evaluation, out);
        out.println("Wrote " + target);
        out.flush();
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : duration.toMillis() / 1000.0 + " s";
    }
}
