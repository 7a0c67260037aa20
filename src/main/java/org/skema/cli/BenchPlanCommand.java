package org.skema.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skema.bench.PlannedRun;
import org.skema.bench.Shard;
import org.skema.bench.SlurmResources;
import org.skema.bench.Suite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows how a suite splits into shards and what a Slurm array of them needs; runs nothing. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Show which runs each of N shards of a suite gets (as 'bench --shard I/N' will run them) and the "
                + "sbatch options for an array of them: one task per shard, one CPU, memory from the heap, wall time "
                + "from the largest shard's time limits. Runs nothing.",
        footer = {"", "Example:", "  skema bench plan benchmarks/quick.suite.json --shards 4",
                "", "Exit codes: 0 done, 2 bad input."})
final class BenchPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SUITE", description = "Suite file (benchmarks/*.suite.json).")
    Path suiteFile;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
            description = "Shards (at most one per run; default: ${DEFAULT-VALUE}).")
    int shards;

    @Mixin
    SuiteRunOptions runOptions;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        OptionRanges.atLeast(spec, "--shards", shards, 1);
        runOptions.check(spec);
        String heap = runOptions.heap;
        PrintWriter out = spec.commandLine().getOut();
        Suite suite = Suite.read(suiteFile);
        List<PlannedRun> runs = suite.plannedRuns(runOptions.runsPerSeed);
        int count = Math.max(1, Math.min(shards, runs.size()));
        Function<PlannedRun, Duration> limit = run -> suite.timeLimit(run.entry(), runOptions.timeLimit);
        List<List<PlannedRun>> shares = new Shard(1, count).split(runs, limit);
        out.printf(Locale.ROOT, "Suite %s: %d runs in %d shard(s)%s, heap %s per run%n", suite.name(), runs.size(), count,
                count < shards ? " (not " + shards + ": a shard needs a run)" : "", suite.heap(heap));
        for (int i = 0; i < count; i++) {
            List<PlannedRun> share = shares.get(i);
            out.printf(Locale.ROOT, "shard %d/%d: %d run(s), %d s of time limits: %s%n", i + 1, count, share.size(),
                    share.stream().mapToLong(run -> limit.apply(run).toSeconds()).sum(),
                    share.stream().map(PlannedRun::toString).collect(Collectors.joining(", ")));
        }
        out.println("sbatch " + SlurmResources.of(shares, limit, suite.heap(heap)).sbatchOptions());
        out.flush();
        return ExitCode.OK;
    }
}
