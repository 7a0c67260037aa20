package org.skema.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.cli.SkemaCli;

/**
 * A suite split in two shards (run side by side, as array tasks are) and merged gives the rows of
 * one unsplit run of the same runs: the smoke suite's runs are move-limited, so they reproduce.
 */
class ShardMergeTest {
    private static final String SUITE = Path.of("benchmarks/smoke.suite.json").toAbsolutePath().toString();

    @TempDir
    Path dir;

    private record Result(int code, String output) {
    }

    private static Result skema(String... args) {
        StringWriter out = new StringWriter();
        int code = SkemaCli.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        return new Result(code, out.toString());
    }

    private CompletableFuture<Result> shard(String shard, Path out) {
        return CompletableFuture.supplyAsync(() -> skema("bench", SUITE, "--shard", shard, "--out", out.toString()));
    }

    /** What a run's seed and moves decide; times, speeds and start times differ between any two runs. */
    private static List<String> outcomes(Path runsCsv) {
        return RunsCsv.read(runsCsv).stream().map(run -> String.join(" ", run.suite(), run.instance(),
                String.valueOf(run.seed()), String.valueOf(run.timeLimitSeconds()), String.valueOf(run.workers()),
                String.valueOf(run.feasible()), String.valueOf(run.hard()), String.valueOf(run.medium()),
                String.valueOf(run.soft()), run.components(), run.commit())).toList();
    }

    private static String costTables(Path summary) throws IOException {
        String text = Files.readString(summary);
        return text.substring(text.indexOf("## Best feasible run"), text.indexOf("## Compared with"));
    }

    @Test
    void twoShardsMergedGiveTheRowsOfTheUnsplitRun() throws IOException {
        Path one = dir.resolve("shard-1");
        Path two = dir.resolve("shard-2");
        CompletableFuture<Result> first = shard("1/2", one);
        CompletableFuture<Result> second = shard("2/2", two);
        Path whole = dir.resolve("whole");
        Result unsplit = skema("bench", SUITE, "--out", whole.toString(), "--baseline", dir.resolve("none.csv").toString());
        assertThat(unsplit.code()).as(unsplit.output()).isZero();
        assertThat(first.join().code()).as(first.join().output()).isZero();
        assertThat(second.join().code()).as(second.join().output()).isZero();

        List<String> expected = outcomes(whole.resolve("runs.csv"));
        assertThat(expected).hasSize(4);
        assertThat(outcomes(one.resolve("runs.csv"))).isNotEmpty().hasSizeLessThan(4);
        assertThat(outcomes(two.resolve("runs.csv"))).isNotEmpty().hasSizeLessThan(4);

        Path merged = dir.resolve("merged");
        Result merge = skema("bench", "merge", two.toString(), one.toString(), "--out", merged.toString(),
                "--baseline", whole.resolve("runs.csv").toString());
        assertThat(merge.code()).as(merge.output()).isZero();
        assertThat(outcomes(merged.resolve("runs.csv"))).containsExactlyElementsOf(expected);
        String summary = Files.readString(merged.resolve("summary.md"));
        assertThat(summary).contains("Merged from 2 shards").contains("No instance got worse beyond run-to-run noise.");
        assertThat(costTables(merged.resolve("summary.md"))).isEqualTo(costTables(whole.resolve("summary.md")));
        assertThat(Files.readString(merged.resolve("report.html"))).contains("<path fill=\"none\"");
        try (Stream<Path> files = Files.list(merged)) {
            assertThat(files.filter(file -> file.toString().endsWith(".stats.json"))).hasSize(4);
        }

        // The verdict is the merged runs' own: a baseline that did better flags them.
        Path better = dir.resolve("better.csv");
        RunsCsv.write(RunsCsv.read(whole.resolve("runs.csv")).stream().map(ShardMergeTest::halved).toList(), better,
                true);
        Result worse = skema("bench", "merge", one.toString(), two.toString(), "--out", dir.resolve("m2").toString(),
                "--baseline", better.toString());
        assertThat(worse.code()).as(worse.output()).isEqualTo(1);
        assertThat(worse.output()).contains("**worse**: faculty-small");

        refusals(one, two);
    }

    private void refusals(Path one, Path two) throws IOException {
        Path out = dir.resolve("refused");
        assertThat(skema("bench", "merge", one.toString(), "--out", out.toString()).output())
                .contains("shard(s) 2/2 of this benchmark are missing");
        assertThat(skema("bench", "merge", one.toString(), one.toString(), two.toString(), "--out", out.toString())
                .output()).contains("shard 1/2 is also");
        for (String[] change : new String[][] {{"\"--heap\":\"1g\"", "\"--heap\":\"2g\"", "--heap '2g' against '1g'"},
                {"\"commit\":\"", "\"commit\":\"other", "commit 'other"},
                {"\"suite\":\"smoke\"", "\"suite\":\"quick\"", "suite 'quick' against 'smoke'"}}) {
            Path other = dir.resolve("other-" + change[0].hashCode());
            Files.createDirectories(other);
            for (String file : List.of("runs.csv", ShardManifest.SUITE_COPY)) {
                Files.copy(two.resolve(file), other.resolve(file));
            }
            String manifest = Files.readString(two.resolve(ShardManifest.FILE));
            assertThat(manifest).contains(change[0]);
            Files.writeString(other.resolve(ShardManifest.FILE), manifest.replace(change[0], change[1]));
            Result refused = skema("bench", "merge", one.toString(), other.toString(), "--out", out.toString());
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.output()).contains("not a shard of the same benchmark").contains(change[2]);
        }
        assertThat(out).doesNotExist();
    }

    private static BenchRun halved(BenchRun run) {
        return new BenchRun(run.suite(), run.instance(), run.seed(), run.timeLimitSeconds(), run.workers(),
                run.feasible(), run.hard(), run.medium(), run.soft() / 2, run.bestKnown(), run.reference(),
                run.components(), run.firstFeasibleSeconds(), run.bestSeconds(), run.movesPerSecond(), run.peakHeapMb(),
                run.commit(), run.jvm(), run.machine(), run.started(), run.history(), run.stages());
    }
}
