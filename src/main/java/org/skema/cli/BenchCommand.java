package org.skema.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.skema.bench.BenchRun;
import org.skema.bench.BenchRunner;
import org.skema.bench.ChartsHtml;
import org.skema.bench.Regressions;
import org.skema.bench.RunsCsv;
import org.skema.bench.StoredRuns;
import org.skema.bench.Suite;
import org.skema.bench.SummaryMarkdown;
import org.skema.io.AtomicFiles;
import org.skema.solver.SolveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a benchmark suite and reports quality, speed and regressions. */
@Command(name = "bench", mixinStandardHelpOptions = true, abbreviateSynopsis = true,
        description = "Run a benchmark suite: every dataset and seed in a fresh JVM, each written solution read back "
                + "and scored by the Evaluator. Writes runs.csv, summary.md and report.html, and compares with the "
                + "stored baseline.",
        footer = {"", "Examples:",
                "  skema bench benchmarks/quick.suite.json",
                "  skema bench benchmarks/itc2019.suite.json --time-limit 60s --out /tmp/itc",
                "  skema bench benchmarks/faculty.suite.json --runs 3 --save-baseline",
                "", "Exit codes: 0 no instance got worse than the baseline, 1 some did, 2 bad input."})
final class BenchCommand implements Callable<Integer> {
    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUITE", description = "Suite file (benchmarks/*.suite.json).")
    Path suiteFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Runs per seed (default: ${DEFAULT-VALUE}).")
    int runsPerSeed;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Override every run's time limit.")
    Duration timeLimit;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: benchmarks/runs/SUITE-TIMESTAMP).")
    Path out;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "Where benchmark data lives (default: system property skema.datasets, else ../shared/datasets).")
    Path dataRoot;

    @Option(names = "--baseline", paramLabel = "CSV",
            description = "Runs to compare with (default: benchmarks/baselines/SUITE.csv when it exists).")
    Path baseline;

    @Option(names = "--save-baseline", description = "Store these runs as the suite's baseline for later comparisons.")
    boolean saveBaseline;

    @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "5",
            description = "Smallest worsening of a median cost counted as a regression (default: ${DEFAULT-VALUE}%%).")
    double tolerance;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", description = "Solver workers per run.")
    int workers;

    @Option(names = "--solver-config", paramLabel = "XML", description = "Timefold solver configuration for every run.")
    Path solverConfig;

    @Option(names = "--heap", defaultValue = "6g", paramLabel = "SIZE", description = "Maximum heap of each run (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--report-from", paramLabel = "RUNS_CSV",
            description = "Solve nothing: write summary.md and report.html (next to RUNS_CSV unless --out) from the "
                    + "runs stored there, e.g. after changing the report or the baseline.")
    Path reportFrom;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getOut();
        OptionRanges.atLeast(spec, "--runs", runsPerSeed, 1);
        OptionRanges.workers(spec, workers);
        OptionRanges.atLeast(spec, "--tolerance", tolerance, 0);
        if (!HEAP_SIZE.matcher(heap).matches()) {
            throw new ParameterException(spec.commandLine(), "--heap must be a size like 6g or 4096m, got '" + heap + "'");
        }
        if (solverConfig != null) {
            SolverConfigOption.check(solverConfig, SolveOptions.timeLimited(Duration.ofSeconds(1))
                    .withSolverConfig(solverConfig));
        }
        Suite suite = Suite.read(suiteFile);
        Path projectRoot = Path.of("").toAbsolutePath();
        Path shared = dataRoot != null ? dataRoot : defaultDataRoot(projectRoot);
        Path outDir = out != null ? out : reportFrom != null ? reportFrom.toAbsolutePath().getParent()
                : projectRoot.resolve("benchmarks/runs").resolve(suite.name() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(outDir);
        Path baselineFile = baseline != null ? baseline : projectRoot.resolve("benchmarks/baselines/" + suite.name() + ".csv");

        List<BenchRun> runs = reportFrom != null ? StoredRuns.read(reportFrom)
                : new BenchRunner(new BenchRunner.Settings(shared, projectRoot, outDir, runsPerSeed, timeLimit,
                        workers, solverConfig, heap), log).run(suite);

        boolean compare = Files.exists(baselineFile);
        List<BenchRun> baselineRuns = compare ? RunsCsv.read(baselineFile) : List.of();
        List<String> regressions = compare ? Regressions.find(baselineRuns, runs, tolerance) : List.of();
        Regressions.settingsDiffer(baselineRuns, runs).forEach(differ -> log.println("WARNING: not compared with "
                + baselineFile + ", other settings: " + differ));
        String summary = SummaryMarkdown.of(suite, runs, regressions, compare ? baselineFile.toString() : null);
        if (reportFrom == null || !outDir.resolve("runs.csv").equals(reportFrom.toAbsolutePath())) {
            RunsCsv.write(runs, outDir.resolve("runs.csv"), true);
        }
        writeText(outDir.resolve("summary.md"), summary);
        writeText(outDir.resolve("report.html"), ChartsHtml.of(suite, runs, summary));
        if (saveBaseline) {
            RunsCsv.write(runs, baselineFile, true);
            log.println("Saved baseline " + baselineFile);
        }
        log.println();
        log.println(summary);
        log.println("Wrote " + outDir.resolve("runs.csv") + ", " + outDir.resolve("summary.md") + ", "
                + outDir.resolve("report.html"));
        log.flush();
        return regressions.isEmpty() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    static Path defaultDataRoot(Path projectRoot) {
        String property = System.getProperty("skema.datasets");
        return property != null ? Path.of(property) : projectRoot.resolve("../shared/datasets").normalize();
    }

    private static void writeText(Path file, String text) {
        AtomicFiles.write(file, true, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
