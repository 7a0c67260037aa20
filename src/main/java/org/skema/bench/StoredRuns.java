package org.skema.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs read back from a runs.csv, each with its best-score history and stages from the statistics file the run
 * left beside it (runs.csv holds neither), so that a report can be rewritten without solving.
 */
public final class StoredRuns {
    private StoredRuns() {
    }

    public static List<BenchRun> read(Path runsCsv) {
        Path folder = runsCsv.toAbsolutePath().getParent();
        List<BenchRun> runs = new ArrayList<>();
        for (BenchRun run : RunsCsv.read(runsCsv)) {
            Path stats = folder.resolve(BenchRunner.stem(run.instance(), run.seed()) + ".stats.json");
            runs.add(Files.exists(stats) ? run.withStats(SolveStats.read(stats)) : run);
        }
        return runs;
    }
}
