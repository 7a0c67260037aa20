package org.skema.cli;

import java.nio.file.Path;
import org.skema.bench.BenchReport;
import org.skema.bench.Suite;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What a benchmark is compared with, for bench and bench merge alike. */
final class BaselineOptions {
    @Option(names = "--baseline", paramLabel = "CSV",
            description = "Runs to compare with (default: benchmarks/baselines/SUITE.csv when it exists).")
    Path baseline;

    @Option(names = "--save-baseline", description = "Store these runs as the suite's baseline for later comparisons.")
    boolean saveBaseline;

    @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "5",
            description = "Smallest worsening of a median cost counted as a regression (default: ${DEFAULT-VALUE}%%).")
    double tolerance;

    void check(CommandSpec spec) {
        OptionRanges.atLeast(spec, "--tolerance", tolerance, 0);
    }

    /** --baseline, else the suite's stored baseline under the project. */
    Path file(Path projectRoot, Suite suite) {
        return baseline != null ? baseline : BenchReport.defaultBaseline(projectRoot, suite);
    }
}
