package org.skema.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.skema.app.Load;
import org.skema.cli.OutOfMemory;
import org.skema.cli.SkemaCli;
import org.skema.evaluate.Evaluation;
import org.skema.io.Formats;
import org.skema.io.OutputException;
import org.skema.model.Problem;
import org.skema.model.Rule;

/**
 * Runs a suite: each (dataset, seed) in a fresh JVM running {@code skema solve}, so that time,
 * memory and JIT warm-up are those of a real run; then reads the written solution back and scores it
 * with the Evaluator. The solver's own score is never trusted.
 */
public final class BenchRunner {
    /** What to run and where. */
    public record Settings(Path sharedRoot, Path projectRoot, Path outDir, int runsPerSeed, Duration timeLimit,
            int workers, Path solverConfig, String heap) {
        /** A run's time limit: --time-limit when given, else the suite's for the dataset. */
        public Duration timeLimit(Suite suite, Suite.Entry entry) {
            return suite.timeLimit(entry, timeLimit);
        }
    }

    private final Settings settings;
    private final PrintWriter log;
    private final Environment environment;

    public BenchRunner(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
        this.environment = Environment.detect(settings.projectRoot());
    }

    public List<BenchRun> run(Suite suite) {
        return run(suite, suite.plannedRuns(settings.runsPerSeed()));
    }

    /** Only the given runs of the suite (a shard's share), in their order. */
    public List<BenchRun> run(Suite suite, List<PlannedRun> planned) {
        List<BenchRun> runs = new ArrayList<>();
        Map<Path, Problem> problems = new HashMap<>();
        Set<Suite.Entry> skipped = new HashSet<>();
        for (PlannedRun run : planned) {
            Suite.Entry entry = run.entry();
            Path problemFile = suite.problemPath(entry, settings.sharedRoot(), settings.projectRoot());
            if (!Files.exists(problemFile)) {
                if (skipped.add(entry)) {
                    log.printf(Locale.ROOT, "skip %s: %s not found (data root %s)%n", entry.instance(), problemFile,
                            settings.sharedRoot());
                }
                continue;
            }
            Problem problem = problems.computeIfAbsent(problemFile, file -> Load.problem(file, notice -> { }));
            runs.add(runOnce(suite, entry, problemFile, problem, run.seed()));
        }
        return runs;
    }

    /**
     * What bin/skema and the jar's manifest give a solve: OR-Tools loads a native library (JNI) and its
     * protobuf uses sun.misc.Unsafe, both of which newer JDKs warn about on stderr unless allowed; the
     * Unsafe option exists from JDK 23 on. A child runs on this JVM's java.
     */
    private static final List<String> NATIVE_ACCESS = Runtime.version().feature() >= 23
            ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow")
            : List.of("--enable-native-access=ALL-UNNAMED");

    private BenchRun runOnce(Suite suite, Suite.Entry entry, Path problemFile, Problem problem, long seed) {
        Duration limit = settings.timeLimit(suite, entry);
        String stem = stem(entry.instance(), seed);
        Path solution = settings.outDir().resolve(stem + Formats.solutionExtensionFor(problemFile));
        Path stats = settings.outDir().resolve(stem + ".stats.json");
        Path output = settings.outDir().resolve(stem + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + settings.heap()));
        command.addAll(NATIVE_ACCESS);
        command.addAll(List.of("-cp",
                System.getProperty("java.class.path"), SkemaCli.class.getName(), "solve", problemFile.toString(),
                "-o", solution.toString(), "--stats", stats.toString(), "--time-limit", limit.toMillis() + "ms",
                "--seed", String.valueOf(seed), "--workers", String.valueOf(settings.workers()), "--force"));
        if (suite.moveLimit() != null) {
            command.addAll(List.of("--move-limit", String.valueOf(suite.moveLimit())));
        }
        if (settings.solverConfig() != null) {
            command.addAll(List.of("--solver-config", settings.solverConfig().toString()));
        }
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        log.printf(Locale.ROOT, "%s seed %d: solving for %s ...%n", entry.instance(), seed, limit);
        log.flush();
        int exit = runProcess(command, output, limit);
        if (exit == 3 && ranOutOfMemory(output)) {
            throw new RunOutOfMemory("out of memory in the run of " + entry.instance() + " (seed " + seed
                    + "): a heap of " + settings.heap() + " was not enough; give each run more with --heap (see "
                    + output + ")");
        }
        if (exit > 1 || !Files.exists(solution) || !Files.exists(stats)) {
            throw new OutputException("the run of " + entry.instance() + " (seed " + seed + ") failed with exit code "
                    + exit + "; see " + output);
        }
        Evaluation evaluation = Load.judged(problem, solution).evaluation();
        SolveStats solveStats = SolveStats.read(stats);
        BenchRun run = new BenchRun(suite.name(), entry.instance(), seed, limit.toMillis() / 1000.0, settings.workers(),
                evaluation.feasible(), evaluation.hard(), evaluation.medium(), evaluation.soft(), entry.bestKnown(),
                entry.reference(), components(evaluation), solveStats.firstFeasibleSeconds(), solveStats.bestSeconds(),
                solveStats.movesPerSecond(), solveStats.peakHeapMb(), environment.commit(), environment.jvm(),
                environment.machine(), started, solveStats.history(), solveStats.stages());
        log.printf(Locale.ROOT, "%s seed %d: %s, score %s, first feasible %s, %,d moves/s%n", entry.instance(), seed,
                run.feasible() ? "feasible" : "NOT feasible", evaluation.scoreText(),
                run.firstFeasibleSeconds() == null ? "never" : run.firstFeasibleSeconds() + " s", run.movesPerSecond());
        log.flush();
        return run;
    }

    /** How a run's files are named in the output folder: STEM.log, STEM.stats.json and the solution. */
    static String stem(String instance, long seed) {
        return instance + "-seed" + seed;
    }

    static String components(Evaluation evaluation) {
        return evaluation.penaltyPerRule().entrySet().stream()
                .filter(e -> e.getKey().level() == Rule.Level.SOFT && e.getValue() != 0)
                .map(e -> e.getKey().label() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static boolean ranOutOfMemory(Path log) {
        try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            return lines.anyMatch(line -> line.startsWith(OutOfMemory.PREFIX));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }

    private static int runProcess(List<String> command, Path output, Duration limit) {
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            // A run may take its limit plus start-up, reading and writing; a hung one must not hang the suite.
            long patience = limit.toSeconds() * 2 + 300;
            if (!process.waitFor(patience, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new OutputException("a run exceeded " + patience + " s and was stopped; see " + output);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new OutputException("cannot start a solver run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted while waiting for a solver run", e);
        }
    }
}
