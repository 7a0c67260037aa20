package org.skema.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.skema.bound.LowerBound;
import org.skema.io.AtomicFiles;

/**
 * The outputs of a benchmark from its runs: runs.csv, summary.md and report.html in one folder,
 * and the regression verdict against a stored baseline. One place for bench, --report-from and
 * bench merge, so a merged report is made exactly as an unsplit one.
 *
 * @param regressions one sentence per instance that got worse; empty when none did or nothing was compared
 * @param notCompared one warning per instance whose baseline ran with other settings (time limit, workers),
 *                    so it was not compared
 */
public record BenchReport(String summary, List<String> regressions, List<String> notCompared) {

    /**
     * What to compare with and how.
     *
     * @param baseline  the stored runs to compare with, or null not to compare (a shard: compared when merged)
     * @param note      a line for the summary's header, or null
     */
    public record Comparison(Path baseline, double tolerancePercent, String note) {
    }

    /** Where a suite's baseline is stored unless --baseline names another. */
    public static Path defaultBaseline(Path projectRoot, Suite suite) {
        return projectRoot.resolve("benchmarks/baselines/" + suite.name() + ".csv");
    }

    /**
     * Writes the outputs into {@code outDir}; runs.csv only when {@code writeRuns} (not when the
     * report is rewritten from that very file). A baseline that does not exist is not compared with.
     */
    public static BenchReport write(Suite suite, List<BenchRun> runs, Path outDir, boolean writeRuns,
            Comparison comparison) {
        return write(suite, runs, outDir, writeRuns, comparison, Map.of());
    }

    /** The same, with the proven lower bound of each instance that has one (a column of the summary). */
    public static BenchReport write(Suite suite, List<BenchRun> runs, Path outDir, boolean writeRuns,
            Comparison comparison, Map<String, LowerBound> bounds) {
        boolean compare = comparison.baseline() != null && Files.exists(comparison.baseline());
        List<BenchRun> baselineRuns = compare ? RunsCsv.read(comparison.baseline()) : List.of();
        List<String> regressions = compare
                ? Regressions.find(baselineRuns, runs, comparison.tolerancePercent()) : List.of();
        List<String> notCompared = Regressions.settingsDiffer(baselineRuns, runs).stream()
                .map(differ -> "WARNING: not compared with " + comparison.baseline() + ", other settings: " + differ)
                .toList();
        String summary = SummaryMarkdown.of(suite, runs, regressions, compare ? comparison.baseline().toString() : null,
                comparison.note(), bounds);
        if (writeRuns) {
            RunsCsv.write(runs, outDir.resolve("runs.csv"), true);
        }
        writeText(outDir.resolve("summary.md"), summary);
        writeText(outDir.resolve("report.html"), ChartsHtml.of(suite, runs, summary));
        return new BenchReport(summary, regressions, notCompared);
    }

    private static void writeText(Path file, String text) {
        AtomicFiles.write(file, true, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
