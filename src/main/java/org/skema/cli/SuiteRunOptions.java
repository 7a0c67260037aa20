package org.skema.cli;

import java.time.Duration;
import org.skema.bench.Suite;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options that decide which runs a suite has and how long and large each is, for bench and bench plan alike. */
final class SuiteRunOptions {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "1", description = "Runs per seed (default: ${DEFAULT-VALUE}).")
    int runsPerSeed;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Override every run's time limit.")
    Duration timeLimit;

    @Option(names = "--heap", paramLabel = "SIZE", description = "Maximum heap of each run (default: the suite's \"heap\", else 6g).")
    String heap;

    void check(CommandSpec spec) {
        OptionRanges.atLeast(spec, "--runs", runsPerSeed, 1);
        if (heap != null && !Suite.isHeapSize(heap)) {
            throw new ParameterException(spec.commandLine(), "--heap must be a size like 6g or 4096m, got '" + heap + "'");
        }
    }
}
