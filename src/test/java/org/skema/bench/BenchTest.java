package org.skema.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skema.cli.SkemaCli;

/** The harness end to end: real runs in fresh JVMs, read back and compared with a baseline. */
class BenchTest {
    @TempDir
    Path dir;

    private Path suite() throws IOException {
        Path suite = dir.resolve("tiny.suite.json");
        Files.writeString(suite, """
                {"name": "tiny", "dataRoot": "project", "timeLimit": "60s", "moveLimit": 20000, "seeds": [1],
                 "runs": [{"instance": "faculty-small", "problem": "datasets/faculty-small.json", "bestKnown": 1}]}
                """);
        return suite;
    }

    private int bench(String... args) {
        StringWriter out = new StringWriter();
        int code = SkemaCli.run(args, new PrintWriter(out, true), new PrintWriter(out, true));
        assertThat(code).as(out.toString()).isIn(0, 1);
        return code;
    }

    @Test
    void aWeakenedSolverIsFlaggedAsARegression() throws IOException {
        Path suite = suite();
        Path baseline = dir.resolve("baseline.csv");
        Path good = dir.resolve("good");
        assertThat(bench("bench", suite.toString(), "--out", good.toString(), "--baseline", baseline.toString(),
                "--save-baseline")).isZero();
        for (String output : List.of("runs.csv", "summary.md", "report.html")) {
            assertThat(good.resolve(output)).exists();
        }
        List<BenchRun> goodRuns = RunsCsv.read(good.resolve("runs.csv"));
        assertThat(goodRuns).singleElement().satisfies(run -> {
            assertThat(run.feasible()).isTrue();
            assertThat(run.commit()).isNotBlank();
            assertThat(run.movesPerSecond()).isPositive();
        });
        assertThat(Files.readString(good.resolve("report.html"))).contains("<svg").contains("faculty-small");
        String summary = Files.readString(good.resolve("summary.md"));
        BenchRun goodRun = goodRuns.get(0);
        assertThat(summary).contains("where the cost comes from").contains("| Student gap |")
                .contains(String.format(java.util.Locale.ROOT, "| faculty-small | 1 | %,d |", goodRun.soft()));

        // The report is rewritten from the stored runs alone, histories included, without solving.
        Files.delete(good.resolve("summary.md"));
        Files.delete(good.resolve("report.html"));
        assertThat(bench("bench", suite.toString(), "--report-from", good.resolve("runs.csv").toString(),
                "--baseline", dir.resolve("none.csv").toString())).isZero();
        assertThat(good.resolve("faculty-small-seed1.log")).exists();
        assertThat(Files.readString(good.resolve("summary.md"))).isEqualTo(summary.replace(
                "`" + baseline + "`", "no baseline").replace("No instance got worse beyond run-to-run noise.",
                "No stored baseline to compare with."));
        assertThat(Files.readString(good.resolve("report.html"))).contains("<path fill=\"none\"");

        Path weak = dir.resolve("weak");
        int code = bench("bench", suite.toString(), "--out", weak.toString(), "--baseline", baseline.toString(),
                "--solver-config", Path.of("src/test/resources/construction-only-solver.xml").toAbsolutePath().toString());
        assertThat(code).isEqualTo(1);
        assertThat(Files.readString(weak.resolve("summary.md"))).contains("**worse**: faculty-small");
    }
}
