package org.skema.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.skema.bench.BenchReport;
import org.skema.bench.BenchRun;
import org.skema.bench.BenchRunner;
import org.skema.bench.Environment;
import org.skema.bench.InstanceBounds;
import org.skema.bench.PlannedRun;
import org.skema.bench.RunsCsv;
import org.skema.bench.Shard;
import org.skema.bench.ShardManifest;
import org.skema.bench.StoredRuns;
import org.skema.bench.Suite;
import org.skema.bound.LowerBound;
import org.skema.io.InputException;
import org.skema.io.IoReasons;
import org.skema.io.OutputException;
import org.skema.solver.SolveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a benchmark suite and reports quality, speed and regressions. */
@Command(name = "bench", mixinStandardHelpOptions = true, abbreviateSynopsis = true, subcommands = {BenchMergeCommand.class, BenchPlanCommand.class},
        description = "Run a benchmark suite: every dataset and seed in a fresh JVM, each written solution read back "
                + "and scored by the Evaluator. Writes runs.csv, summary.md and report.html, and compares with the "
                + "stored baseline.",
        footer = {"", "Examples:",
                "  skema bench benchmarks/quick.suite.json",
                "  skema bench benchmarks/itc2019.suite.json --time-limit 60s --out /tmp/itc",
                "  skema bench benchmarks/faculty.suite.json --runs 3 --save-baseline",
                "  skema bench benchmarks/quick.suite.json --shard 2/4 --out runs/quick-2",
                "      (shard 2 of 4, on one of four machines)",
                "  skema bench merge runs/quick-1 runs/quick-2 runs/quick-3 runs/quick-4",
                "      --out runs/quick",
                "", "Exit codes: 0 no instance got worse than the baseline, 1 some did, 2 bad input."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    // Optional for picocli only, so that 'bench merge' is not taken for a missing SUITE; call() requires it.
    @Parameters(index = "0", arity = "0..1", paramLabel = "SUITE", description = "Suite file (benchmarks/*.suite.json).")
    Path suiteFile;

    @Mixin
    SuiteRunOptions runOptions;

    @Mixin
    BaselineOptions baselineOptions;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: benchmarks/runs/SUITE-TIMESTAMP).")
    Path out;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Where benchmark data lives (default: system property skema.datasets, else ../shared/datasets).")
    Path dataRoot;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Solver workers per run.")
    int workers;

    @Option(names = "--solver-config", paramLabel = "XML", description = "Timefold solver configuration for every run.")
    Path solverConfig;

    @Option(names = "--shard", paramLabel = "I/N|auto",
            description = "Run only shard I of N of the suite's runs (every shard computes the same split, balanced by "
                    + "time limit). 'auto' takes I and N from a Slurm array task (SLURM_ARRAY_TASK_ID, "
                    + "SLURM_ARRAY_TASK_COUNT), or I from a Kubernetes indexed job (JOB_COMPLETION_INDEX) with "
                    + "'auto/N'. 'skema bench merge' puts the shards' folders together.")
    String shardText;

    @Option(names = "--report-from", paramLabel = "RUNS_CSV",
            description = "Solve nothing: write summary.md and report.html (next to RUNS_CSV unless --out) from the "
                    + "runs stored there, e.g. after changing the report or the baseline.")
    Path reportFrom;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = "--bound", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Also prove a lower bound of each instance (skema bound, one core, within DURATION) and show it"
                    + " and the best run's gap to it in the summary.")
    Duration bound;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getOut();
        if (suiteFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SUITE'");
        }
        runOptions.check(spec);
        OptionRanges.workers(spec, workers);
        baselineOptions.check(spec);
        int runsPerSeed = runOptions.runsPerSeed;
        boolean saveBaseline = baselineOptions.saveBaseline;
        Shard shard = shardText == null ? Shard.WHOLE : shard(spec, shardText);
        if (shard.count() > 1 && (saveBaseline || reportFrom != null)) {
            throw new ParameterException(spec.commandLine(), "a shard holds part of the suite: save the baseline or "
                    + "rewrite the report from 'skema bench merge' of all shards");
        }
        if (solverConfig != null) {
            SolverConfigOption.check(solverConfig, SolveOptions.timeLimited(Duration.ofSeconds(1))
                    .withSolverConfig(solverConfig));
        }
        byte[] suiteBytes = readBytes(suiteFile);
        Suite suite = Suite.read(suiteFile);
        Path projectRoot = Path.of("").toAbsolutePath();
        Path shared = dataRoot != null ? dataRoot : defaultDataRoot(projectRoot);
        Path outDir = out != null ? out : reportFrom != null ? reportFrom.toAbsolutePath().getParent()
                : projectRoot.resolve("benchmarks/runs").resolve(suite.name() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + (shard.count() > 1 ? "-shard" + shard.index() + "of" + shard.count() : ""));
        createFolder(outDir);
        Path baselineFile = baselineOptions.file(projectRoot, suite);
        BenchRunner.Settings settings = new BenchRunner.Settings(shared, projectRoot, outDir, runsPerSeed,
                runOptions.timeLimit, workers, solverConfig, suite.heap(runOptions.heap));

        List<BenchRun> runs;
        if (reportFrom != null) {
            runs = StoredRuns.read(reportFrom);
        } else {
            List<PlannedRun> planned = suite.plannedRuns(runsPerSeed);
            List<PlannedRun> share = shard.share(planned, run -> settings.timeLimit(suite, run.entry()));
            if (shard.count() > 1) {
                log.printf(Locale.ROOT, "Shard %s: %d of the suite's %d runs%n", shard, share.size(), planned.size());
            }
            runs = new BenchRunner(settings, log).run(suite, share);
            ShardManifest.write(outDir, new ShardManifest(suite.name(), ShardManifest.sha256(suiteBytes), shard,
                    Environment.detect(projectRoot).commit(), ShardManifest.settings(settings,
                            solverConfig == null ? "" : ShardManifest.sha256(readBytes(solverConfig)))), suiteBytes);
        }
        String note = shard.count() == 1 ? null : "Shard " + shard + " of the suite's runs: 'skema bench merge' puts "
                + "the shards together and compares them with the baseline.";
        Map<String, LowerBound> bounds = bound == null ? Map.of()
                : InstanceBounds.of(suite, shared, projectRoot, bound, log);
        BenchReport report = BenchReport.write(suite, runs, outDir,
                reportFrom == null || !outDir.resolve("runs.csv").equals(reportFrom.toAbsolutePath()),
                new BenchReport.Comparison(shard.count() == 1 ? baselineFile : null, baselineOptions.tolerance, note),
                bounds);
        return finish(log, report, outDir, saveBaseline ? baselineFile : null, runs);
    }

    /**
     * Stores the baseline when asked, prints the summary and where it went; the exit code is the
     * regression verdict.
     */
    static int finish(PrintWriter log, BenchReport report, Path outDir, Path saveBaselineTo, List<BenchRun> runs) {
        if (saveBaselineTo != null) {
            RunsCsv.write(runs, saveBaselineTo, true);
            log.println("Saved baseline " + saveBaselineTo);
        }
        report.notCompared().forEach(log::println);
        log.println();
        log.println(report.summary());
        log.println("Wrote " + outDir.resolve("runs.csv") + ", " + outDir.resolve("summary.md") + ", "
                + outDir.resolve("report.html"));
        log.flush();
        return report.regressions().isEmpty() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private static Shard shard(CommandSpec spec, String text) {
        try {
            return Shard.parse(text, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read: " + IoReasons.of(e));
        }
    }

    static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputException("cannot create " + folder + ": " + IoReasons.of(e), e);
        }
    }

    static Path defaultDataRoot(Path projectRoot) {
        String property = System.getProperty("skema.datasets");
        return property != null ? Path.of(property) : projectRoot.resolve("../shared/datasets").normalize();
    }
}
