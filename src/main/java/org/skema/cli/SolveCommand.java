package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.skema.evaluate.Evaluation;
import org.skema.app.Load;
import org.skema.app.Publication;
import org.skema.app.Replanned;
import org.skema.app.Sectioned;
import org.skema.app.SolveOutputs;
import org.skema.app.Solved;
import org.skema.app.Solving;
import org.skema.explain.Explainer;
import org.skema.explain.Headline;
import org.skema.export.XlsxExport;
import org.skema.replan.TimetableDiff;
import org.skema.bench.SolveStats;
import org.skema.io.Formats;
import org.skema.io.OutputClaim;
import org.skema.model.Problem;
import org.skema.solver.SolveOptions;
import org.skema.solver.SolveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Solves a problem and writes the best timetable found. */
@Command(name = "solve", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Solve a timetabling problem and write the best solution found.",
        footer = {"", "Examples:",
                "  skema solve datasets/faculty.json -o out/faculty-solution.json --time-limit 2m",
                "  skema solve datasets/faculty.json --publish out   (solution, CSV, workbook,",
                "      calendars and report.html in out/)",
                "  skema solve datasets/faculty-small.json --seed 7 --move-limit 200000",
                "  skema solve faculty.xlsx --time-limit 5m --unimproved-limit 30s",
                "  skema solve my-bundle/ -o my-solution.json             (a CSV bundle folder)",
                "  skema solve wbg-fal10.xml -o wbg-fal10-solution.xml    (ITC 2019)",
                "  skema solve comp01.ctt -o comp01.sol --time-limit 60s  (ITC 2007)",
                "  skema solve faculty-v2.json --from faculty-solution.json \\",
                "      -o faculty-v2-solution.json --lock-teacher I042 --lock-time LAW1-E1",
                "      (re-plan after changes: keeps what it can, writes the moved sections",
                "      to faculty-v2-solution-diff.csv)",
                "", "Progress goes to stderr; Ctrl-C (or SIGTERM) stops early and still writes the",
                "best solution so far.",
                "Exit codes: 0 feasible, 1 hard violations or unplaced sections remain, 2 bad input, 3 internal error"
                        + " or out of memory (give Java more with SKEMA_JAVA_OPTS=-Xmx8g), 130 stopped by Ctrl-C and"
                        + " 143 by SIGTERM, after writing the best solution and its Feasible: line."})
final class SolveCommand implements Callable<Integer> {
    private static final int UNPLACED_SHOWN = 10;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = HelpText.PROBLEM)
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUTPUT",
            description = "Solution file to write (.json, ITC 2019 .xml, ITC 2007 .sol). Default: INPUT's name with"
                    + " -solution and the solution extension of INPUT's format, next to it.")
    Path output;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 90s, 2m, 1m30s (default: ${DEFAULT-VALUE}).", defaultValue = "90s")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Also stop when the best score has not improved for this long, e.g. 10s. A solve also"
                    + " stops at once when its score is 0hard/0medium/0soft, which nothing can improve.")
    Duration unimprovedLimit;

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

    @Option(names = "--publish", paramLabel = "DIR",
            description = "Also publish the timetable into DIR (created if needed): the CSV views, timetable.xlsx,"
                    + " calendars/ and report.html, as 'skema export' writes them; the solution goes there too"
                    + " unless -o says otherwise.")
    Path publish;

    @Mixin
    PublishOptions publishing;

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
        HeapPeak.start();
        if (verbose) {
            VerboseLogging.enable();
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = output != null ? output : defaultOutput(input, publish);
        OptionRanges.workers(spec, workers);
        if (moveLimit != null) {
            OptionRanges.atLeast(spec, "--move-limit", moveLimit, 0);
        }
        SolveOptions options = new SolveOptions(timeLimit, moveLimit, unimprovedLimit, seed,
                fullAssert ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.PHASE_ASSERT, solverConfig);
        if (solverConfig != null) {
            SolverConfigOption.check(solverConfig, options);
        }
        replan.requireUsable(spec.commandLine());
        Publication publication = publish == null ? null
                : publishing.publication(spec.commandLine(), publish, Set.of(), force);
        SolveOutputs outputs = new SolveOutputs(target, stats, replan.diffOrNull(target), publication, force);
        outputs.requireUsable();
        Replanned replanned = Load.problem(input, replan.request(), ReadNotices.printTo(err));
        ReplanOptions.printReplanned(replanned, replan.from, out, err);
        Problem problem = replanned.problem();
        Sectioned sectioned = Sectioned.of(problem, input);

        // Before the search: another run writing the same output, or a folder that is not writable, ends it now.
        OutputClaim claim = outputs.claim();
        Solving solving = new Solving(workers);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            Shutdown.markInProgress();
            solving.stop();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "skema-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        ProgressPrinter progress = new ProgressPrinter(err, System.console() != null);
        try {
            out.printf(Locale.ROOT, "Solving %s: %d sections, %d students, %d teachers, %d rooms (limit %s, seed %d%s)%n",
                    input, problem.sections().size(), problem.students().size(), problem.teachers().size(),
                    problem.rooms().size(), describe(timeLimit), seed, workers > 1 ? ", " + workers + " workers" : "");
            if (!problem.locks().isEmpty()) {
                out.println("Keeping " + ReplanOptions.describeLocks(problem.locks()));
            }
            out.flush();
            progress.legend();
            Solved solved = solving.solve(sectioned, options, progress);
            progress.finish();
            outputs.writeSolution(solved, solved.info(seed, workers, SkemaVersion.VERSION));
            if (stats != null) {
                SolveStats.of(solved.result(), seed, workers, HeapPeak.bytes()).write(stats, force);
            }
            printSummary(out, solved, target);
            if (bound != null) {
                BoundPrinter.computeAndPrint(problem, bound, solved.judged().evaluation(), target.toString(), out);
            }
            TimetableDiff diff = outputs.writeDiff(solved);
            if (diff != null) {
                ReplanOptions.print(diff, problem, out);
                out.println("Wrote " + outputs.diff());
            }
            if (publication != null) {
                PublishOptions.print(outputs.publish(solved), publication, out);
                printWhereAndHeadline(out, solved, target, publication);
            }
            return solved.judged().evaluation().feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
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

    /** INPUT's name with -solution, next to INPUT or in the publication folder. */
    static Path defaultOutput(Path input, Path publish) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String file = stem + "-solution" + Formats.solutionExtensionFor(input);
        return publish != null ? publish.resolve(file) : input.resolveSibling(file);
    }

    private void printSummary(PrintWriter out, Solved solved, Path target) {
        SolveResult result = solved.result();
        Evaluation evaluation = solved.judged().evaluation();
        out.printf(Locale.ROOT, "Solved in %.1f s%s; first feasible %s; %,d moves/s; peak heap %,d MB%n",
                result.timeSpent().toMillis() / 1000.0, result.terminatedEarly() ? " (stopped early)" : "",
                result.timeToFirstFeasible() == null ? "never" : String.format(Locale.ROOT, "after %.1f s",
                        result.timeToFirstFeasible().toMillis() / 1000.0),
                result.moveEvaluationSpeed(), HeapPeak.bytes() / (1024 * 1024));
        if (!solved.scoresAgree()) {
            out.println("WARNING: the solver's score " + result.score() + " differs from the Evaluator's "
                    + evaluation.scoreText() + "; please report this bug. The Evaluator's score is the true one.");
        }
        EvaluationPrinter.printHeadline(evaluation, out);
        EvaluationPrinter.printTable(evaluation, out);
        ExplanationPrinter.unplaced(new Explainer(evaluation).unplaced(UNPLACED_SHOWN), evaluation.unplacedSections(),
                out);
        out.println("Wrote " + target);
        out.flush();
    }

    /** The end of a published solve: what is where, and the timetable in one line. */
    private static void printWhereAndHeadline(PrintWriter out, Solved solved, Path target, Publication publication) {
        Path folder = publication.folder();
        out.println();
        out.println("Published in " + folder + ":");
        where(out, target, "the solution (check, explain, export and solve --from read it)");
        where(out, folder.resolve(Publication.REPORT), "the report: rules, violations, every timetable (a browser)");
        where(out, folder.resolve(XlsxExport.FILE), "meetings and per-teacher, room, group and student sheets");
        where(out, folder.resolve("*.csv"), "the same views as CSV files");
        where(out, folder.resolve(Publication.CALENDARS), "iCalendar files per teacher, room, group and student");
        ExplanationPrinter.headline(Headline.of(solved.judged().evaluation()), out);
        out.flush();
    }

    private static void where(PrintWriter out, Path path, String what) {
        out.printf(Locale.ROOT, "  %-36s %s%n", path, what);
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : duration.toMillis() / 1000.0 + " s";
    }
}
